import StayformCore
import StayformWizard

/// Runs the wizard on a terminal: reads input, updates the state, draws, then performs the
/// effects (drawing comes first so that saving never delays a keystroke).
///
///     let status = WizardRunner(terminal: terminal, sink: saver).run(state)
public struct WizardRunner<T: Terminal> {
    public let terminal: T
    public let sink: any DraftSink
    public let signals: ProcessSignals?
    /// Performs effects other than saving and quitting; `nil` ignores them.
    public var performer: (any EffectPerformer)?
    /// How long typing must pause before the draft is saved.
    public var typingPause: Duration = .milliseconds(300)
    /// The longest typing goes unsaved while it continues: what a kill -9 can lose at most.
    public var typingMaximumDelay: Duration = .milliseconds(450)
    /// Whether changes are saved as they happen; when off, only quitting saves (for measuring).
    public var autosaves = true
    /// How often the loop wakes to notice signals and finished saves when no key comes.
    public var pollInterval: Duration = .milliseconds(100)

    public init(terminal: T, sink: any DraftSink, signals: ProcessSignals? = nil) {
        self.terminal = terminal
        self.sink = sink
        self.signals = signals
    }

    /// Runs until the user quits, a signal arrives or the terminal goes away; returns the exit
    /// status. The terminal is restored before returning.
    public func run(_ initial: WizardState) -> Int32 {
        var state = initial
        let clock = ContinuousClock()
        var typingSaveDue: ContinuousClock.Instant?
        var unsavedTypingSince: ContinuousClock.Instant?
        terminal.draw(Wizard.view(state))
        defer { terminal.restore() }
        while true {
            if let termination = signals?.pending {
                _ = sink.flush(submitting: state.draft)
                return termination.exitStatus
            }
            var wait = pollInterval
            if let due = typingSaveDue { wait = min(wait, max(.zero, due - clock.now)) }
            let event: WizardEvent?
            switch terminal.readInput(timeout: wait) {
            case .key(let key): event = .key(key)
            case .resized(let size): event = .resized(size)
            case .hungUp:
                _ = sink.flush(submitting: state.draft)
                return ProcessSignals.Termination.hangUp.exitStatus
            case .timedOut:
                if let due = typingSaveDue, clock.now >= due {
                    typingSaveDue = nil
                    unsavedTypingSince = nil
                    sink.submit(state.draft, urgency: .committed)
                }
                event = sink.status != state.saveStatus ? .saveFinished(sink.status) : nil
            }
            guard let event else { continue }
            var events = [event]
            while !events.isEmpty {
                let effects: [WizardEffect]
                (state, effects) = Wizard.update(state, events.removeFirst())
                terminal.draw(Wizard.view(state))
                for effect in effects {
                    switch effect {
                    case .persist where !autosaves:
                        break
                    case .persist(.typing):
                        let now = clock.now
                        let since = unsavedTypingSince ?? now
                        unsavedTypingSince = since
                        typingSaveDue = min(now + typingPause, since + typingMaximumDelay)
                    case .persist(.committed):
                        typingSaveDue = nil
                        unsavedTypingSince = nil
                        sink.submit(state.draft, urgency: .committed)
                    case .quit(let status, let savingFirst):
                        guard savingFirst else { return status }
                        let outcome = sink.flush(submitting: state.draft)
                        if case .failed(let reason) = outcome, status == 0 {
                            events.append(.quitSaveFailed(reason: reason))
                            continue
                        }
                        return status
                    default:
                        events += performer?.perform(effect) ?? []
                    }
                }
            }
        }
    }
}

/// Does the work of effects that need the world outside the wizard (files, themes), and
/// reports the outcome as events.
public protocol EffectPerformer: AnyObject {
    /// Performs `effect`; returns the events that tell the wizard how it went.
    func perform(_ effect: WizardEffect) -> [WizardEvent]
}

extension DraftSink {
    /// Submits `draft` as a committed change and waits until it is written or has failed.
    func flush(submitting draft: Draft) -> SaveStatus {
        submit(draft, urgency: .committed)
        return flush()
    }
}
