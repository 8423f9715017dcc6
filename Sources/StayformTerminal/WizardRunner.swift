import Dispatch
import StayformCore
import StayformWizard

/// Runs the wizard on a terminal, Bubble Tea style: one loop takes events from one inbox (keys
/// and resizes from the terminal; save outcomes, effect results and signals posted by other
/// threads), lets `Wizard.update` change the state (the only place it changes), draws, then
/// starts the effects, which run off this thread and answer with events. Nothing slow runs on
/// the loop: saving, reading and hashing files, listing folders and loading themes all happen
/// elsewhere, so no key waits for them.
///
///     let inbox = EventInbox()
///     let status = WizardRunner(terminal: terminal, sink: saver, inbox: inbox).run(state)
///
/// Time comes from `clock`: tests pass a `ManualClock` and script `.timedOut` to let it pass.
public struct WizardRunner<T: Terminal, C: Clock> where C.Duration == Duration {
    public let terminal: T
    public let sink: any DraftSink
    public let inbox: EventInbox
    public let clock: C
    /// Signals to turn into events; `nil` watches none (tests).
    public var signals: ProcessSignals?
    /// Performs effects other than saving and quitting; `nil` ignores them.
    public var performer: (any EffectPerformer)?
    /// Whether effects run on a background queue (the program) or at once on the loop's
    /// thread, their events still going through the inbox (tests, for a fixed order).
    public var performsEffectsInBackground = true
    /// When typing is saved and failed saves retried.
    public var schedule = SaveSchedule<C.Instant>()
    /// Whether changes are saved as they happen; when off, only quitting saves (for measuring).
    public var autosaves = true

    public init(terminal: T, sink: any DraftSink, inbox: EventInbox, clock: C) {
        self.terminal = terminal
        self.sink = sink
        self.inbox = inbox
        self.clock = clock
    }

    /// Runs until the user quits, a signal arrives or the terminal goes away; returns the exit
    /// status. The terminal is restored before returning.
    public func run(_ initial: WizardState) -> Int32 {
        var state = initial
        var schedule = self.schedule
        let effects = DispatchQueue(label: "stayform effects")
        terminal.draw(Wizard.view(state))
        defer { terminal.restore() }
        // What opening the draft asks for (reading its attachments) starts after the first paint.
        start(Wizard.openingEffects(state), on: effects)
        while true {
            if let termination = signals?.pending {
                inbox.post(.terminationRequested(exitStatus: termination.exitStatus))
            }
            var events = inbox.take()
            if events.isEmpty {
                if autosaves, schedule.takeIfDue(at: clock.now) {
                    sink.submit(state.draft)
                    continue
                }
                let wait = schedule.due.map { max(.zero, clock.now.duration(to: $0)) }
                switch terminal.readInput(timeout: wait, wakingOn: inbox.wakeDescriptor) {
                case .key(let key): events = [.key(key)]
                case .resized(let size): events = [.resized(size)]
                case .hungUp: events = [.terminationRequested(exitStatus: ProcessSignals.Termination.hangUp.exitStatus)]
                case .timedOut: continue
                }
            }
            var pending: [WizardEffect] = []
            while !events.isEmpty {
                let event = events.removeFirst()
                switch event {
                case .themeSwitched(let theme?, _, _): terminal.apply(theme)
                case .saveFinished(let status): schedule.finished(status, at: clock.now)
                default: break
                }
                pending += Wizard.update(&state, with: event)
                guard let quit = pending.firstIndex(where: { if case .quit = $0 { true } else { false } }) else { continue }
                guard case .quit(let status, let savingFirst) = pending[quit] else { continue }
                pending.removeSubrange(quit...)
                terminal.draw(Wizard.view(state))
                guard savingFirst else { return status }
                // The flush writes the latest draft: no save asked for before the quit is left.
                pending.removeAll { if case .persist = $0 { true } else { false } }
                let outcome = sink.flush(state.draft)
                guard case .failed(let reason) = outcome, status == 0 else { return status }
                schedule.saving()
                events.insert(.quitSaveFailed(reason: reason), at: 0)
            }
            // Drawing comes first, so that starting effects never delays what a key shows.
            terminal.draw(Wizard.view(state))
            for effect in pending {
                switch effect {
                case .persist where !autosaves, .quit:
                    break
                case .persist(.typing):
                    schedule.typed(at: clock.now)
                case .persist(.committed):
                    schedule.saving()
                    sink.submit(state.draft)
                default:
                    start([effect], on: effects)
                }
            }
        }
    }

    /// Hands `effects` to the performer, on `queue` (or at once, in tests); their events come
    /// back through the inbox.
    private func start(_ effects: [WizardEffect], on queue: DispatchQueue) {
        guard let performer, !effects.isEmpty else { return }
        let inbox = self.inbox
        if performsEffectsInBackground {
            queue.async { effects.flatMap(performer.perform).forEach(inbox.post) }
        } else {
            effects.flatMap(performer.perform).forEach(inbox.post)
        }
    }
}

extension WizardRunner where C == ContinuousClock {
    /// A runner on the real clock.
    public init(terminal: T, sink: any DraftSink, inbox: EventInbox) {
        self.init(terminal: terminal, sink: sink, inbox: inbox, clock: ContinuousClock())
    }
}
