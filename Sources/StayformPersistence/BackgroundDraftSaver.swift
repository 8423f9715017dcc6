import Foundation
import StayformCore

/// Saves drafts durably on its own thread, so that saving never delays drawing a keystroke.
///
/// Submissions are coalesced: only the latest draft is written.
/// - `.committed` changes (leaving a field, choosing an option, confirming a document) are
///   written at once, so they are on disk within the time of one durable save (~10–20 ms on
///   an ordinary disk; the goal is 100 ms).
/// - `.typing` changes are written once typing pauses for `Timing.typingPause` (0.5 s), and
///   under continuous typing no later than `Timing.typingMaximumDelay` (also 0.5 s) after the
///   first unsaved keystroke. With both at 0.5 s a kill or power cut loses at most the last half
///   second of typing, at the cost of one durable write (~1–2 ms, off the UI thread) per half
///   second of continuous typing.
/// - A failed save keeps the draft, reports `.failed`, and is retried after
///   `Timing.firstRetryDelay` (0.25 s), doubling up to `Timing.maximumRetryDelay` (5 s);
///   a newer submission replaces the draft to retry with.
///
/// Each outcome is reported through `onStatus` (on the saver's thread: hand it to the UI's
/// run loop) and through `status`, which the UI may poll.
///
///     let saver = BackgroundDraftSaver(file: file) { status in wakeUpUI(status) }
///     saver.submit(draft, urgency: .typing)      // each key
///     saver.submit(draft, urgency: .committed)   // leaving the field
///     saver.close()                              // at quit: flush, then stop the thread
///
/// `flush()` blocks until the latest draft is durable or an attempt at it failed. Call it from
/// the main thread at quit and when a SIGHUP/SIGTERM was noticed (never from inside the
/// asynchronous signal handler itself: it takes locks).
public final class BackgroundDraftSaver: @unchecked Sendable {
    // @unchecked: every mutable stored property below is only read or written while holding
    // `condition`; `file` is only used by the saver thread.

    /// How long the saver waits before writing, and between retries.
    public struct Timing: Hashable, Sendable {
        /// Quiet time after the last typing submission before it is written.
        public var typingPause: Duration
        /// The longest a typing submission waits while typing goes on.
        public var typingMaximumDelay: Duration
        /// The wait after a first failure; doubled after each further failure.
        public var firstRetryDelay: Duration
        /// The longest wait between retries.
        public var maximumRetryDelay: Duration

        public init(
            typingPause: Duration = .milliseconds(500), typingMaximumDelay: Duration = .milliseconds(500),
            firstRetryDelay: Duration = .milliseconds(250), maximumRetryDelay: Duration = .seconds(5)
        ) {
            self.typingPause = typingPause
            self.typingMaximumDelay = typingMaximumDelay
            self.firstRetryDelay = firstRetryDelay
            self.maximumRetryDelay = maximumRetryDelay
        }
    }

    /// How soon a submitted change must reach the disk.
    public enum Urgency: Hashable, Sendable {
        /// A finished change: written at once.
        case committed
        /// Typing inside a field: written after a pause in typing.
        case typing
    }

    private let condition = NSCondition()
    private var file: DraftFile
    private let timing: Timing
    private let now: @Sendable () -> Date
    private let onStatus: (@Sendable (DraftSaveStatus) -> Void)?
    private let clock = ContinuousClock()

    private var pending: Draft?
    private var pendingIsCommitted = false
    private var firstTypingAt: ContinuousClock.Instant?
    private var lastTypingAt: ContinuousClock.Instant?
    private var retryAt: ContinuousClock.Instant?
    private var failures = 0
    private var submitted = 0
    private var saved = 0
    private var attemptsStarted = 0
    private var lastFailedAttempt = 0
    private var flushRequested = false
    private var closing = false
    private var finished = false
    private var currentStatus = DraftSaveStatus.noChanges

    /// A saver writing to `file`; `now` stamps `.saved(at:)`; `onStatus` hears each outcome.
    public init(
        file: DraftFile, timing: Timing = Timing(), now: @escaping @Sendable () -> Date = { Date() },
        onStatus: (@Sendable (DraftSaveStatus) -> Void)? = nil
    ) {
        self.file = file
        self.timing = timing
        self.now = now
        self.onStatus = onStatus
        let thread = Thread { [self] in run() }
        thread.name = "stayform draft saver"
        thread.start()
    }

    /// Whether the latest submitted draft is on disk, pending, or failed to save.
    public var status: DraftSaveStatus {
        condition.withLock { currentStatus }
    }

    /// Hands `draft` to the saver; returns at once. Ignored after `close()`.
    public func submit(_ draft: Draft, urgency: Urgency) {
        condition.withLock {
            guard !closing else { return }
            pending = draft
            submitted += 1
            switch urgency {
            case .committed:
                pendingIsCommitted = true
            case .typing:
                let instant = clock.now
                if firstTypingAt == nil { firstTypingAt = instant }
                lastTypingAt = instant
            }
            if case .failed = currentStatus {} else { currentStatus = .pending }
            condition.broadcast()
        }
    }

    /// Writes the latest draft now, skipping any typing pause or retry wait, and blocks until
    /// it is durable or the attempt failed, or `timeout` passed; returns the status then.
    @discardableResult
    public func flush(timeout: Duration = .seconds(10)) -> DraftSaveStatus {
        let deadline = clock.now.advanced(by: timeout)
        return condition.withLock {
            guard saved < submitted else { return currentStatus }
            let attemptsBefore = attemptsStarted
            flushRequested = true
            condition.broadcast()
            while saved < submitted && lastFailedAttempt <= attemptsBefore && !finished {
                let remaining = clock.now.duration(to: deadline)
                guard remaining > .zero else { break }
                _ = condition.wait(until: Date().addingTimeInterval(remaining.seconds))
            }
            return currentStatus
        }
    }

    /// Flushes, then stops the saver thread; later submissions are ignored. A draft still
    /// unsaved gets one last attempt; if that fails too it is given up (the status says so).
    @discardableResult
    public func close(timeout: Duration = .seconds(10)) -> DraftSaveStatus {
        let status = flush(timeout: timeout)
        condition.withLock {
            closing = true
            condition.broadcast()
        }
        return status
    }

    // MARK: The saver thread

    private func run() {
        while let (draft, attempt) = nextDraftToWrite() {
            let outcome: Result<Void, DraftSaveError>
            do {
                try file.save(draft)
                outcome = .success(())
            } catch {
                outcome = .failure(error)
            }
            let status = record(outcome, of: draft, attempt: attempt)
            onStatus?(status)
        }
    }

    /// Waits until a draft is due, then takes it; `nil` when closing with nothing left.
    private func nextDraftToWrite() -> (Draft, (number: Int, generation: Int))? {
        condition.withLock {
            while true {
                if let draft = pending {
                    let due = flushRequested ? clock.now : dueTime()
                    let wait = clock.now.duration(to: due)
                    if wait <= .zero || closing {
                        flushRequested = false
                        pending = nil
                        pendingIsCommitted = false
                        firstTypingAt = nil
                        lastTypingAt = nil
                        attemptsStarted += 1
                        return (draft, (attemptsStarted, submitted))
                    }
                    _ = condition.wait(until: Date().addingTimeInterval(wait.seconds))
                } else if closing {
                    finished = true
                    condition.broadcast()
                    return nil
                } else {
                    condition.wait()
                }
            }
        }
    }

    /// When the pending draft should be written (the lock is held).
    private func dueTime() -> ContinuousClock.Instant {
        var due = clock.now
        if !pendingIsCommitted, let first = firstTypingAt, let last = lastTypingAt {
            due = min(last.advanced(by: timing.typingPause), first.advanced(by: timing.typingMaximumDelay))
        }
        if let retryAt { due = max(due, retryAt) }
        return due
    }

    private func record(
        _ outcome: Result<Void, DraftSaveError>, of draft: Draft, attempt: (number: Int, generation: Int)
    ) -> DraftSaveStatus {
        condition.withLock {
            switch outcome {
            case .success:
                saved = max(saved, attempt.generation)
                failures = 0
                retryAt = nil
                currentStatus = saved == submitted ? .saved(at: now()) : .pending
            case .failure(let error):
                lastFailedAttempt = attempt.number
                failures += 1
                var delay = timing.firstRetryDelay
                for _ in 1..<failures where delay < timing.maximumRetryDelay { delay *= 2 }
                retryAt = clock.now.advanced(by: min(delay, timing.maximumRetryDelay))
                if pending == nil && !closing {
                    pending = draft
                    pendingIsCommitted = true
                }
                currentStatus = .failed(error)
            }
            condition.broadcast()
            return currentStatus
        }
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    fileprivate var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
