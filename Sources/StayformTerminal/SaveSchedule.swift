import StayformCore

/// When the run loop hands the draft to the saver: the one place that decides it.
///
/// - A committed change (leaving a field, choosing an option) is saved at once.
/// - Typing is saved once it pauses for `typingPause` (300 ms), and under continuous typing no
///   later than `typingMaximumDelay` (450 ms) after the first unsaved key: a kill or a power
///   cut loses at most that much typing.
/// - A failed save is retried after `firstRetryDelay` (250 ms), doubling up to
///   `maximumRetryDelay` (5 s), with the draft as it is then.
///
/// Times come from the caller's clock, so tests drive it with a `ManualClock`:
///
///     var schedule = SaveSchedule<ContinuousClock.Instant>()
///     schedule.typed(at: clock.now)
///     if schedule.takeIfDue(at: clock.now) { saver.submit(draft) }
public struct SaveSchedule<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    public var typingPause: Duration = .milliseconds(300)
    public var typingMaximumDelay: Duration = .milliseconds(450)
    public var firstRetryDelay: Duration = .milliseconds(250)
    public var maximumRetryDelay: Duration = .seconds(5)

    /// When the next save is due; `nil` when nothing waits.
    public private(set) var due: Instant?
    private var unsavedTypingSince: Instant?
    private var retryAt: Instant?
    private var failures = 0

    public init() {}

    /// A key changed the draft at `now`.
    public mutating func typed(at now: Instant) {
        let since = unsavedTypingSince ?? now
        unsavedTypingSince = since
        let typingDue = min(now.advanced(by: typingPause), since.advanced(by: typingMaximumDelay))
        due = retryAt.map { max($0, typingDue) } ?? typingDue
    }

    /// The draft is being handed to the saver now: nothing waits until the next change.
    public mutating func saving() {
        due = nil
        unsavedTypingSince = nil
    }

    /// A save finished at `now`: a failure schedules a retry, a success ends the retries.
    public mutating func finished(_ status: SaveStatus, at now: Instant) {
        switch status {
        case .failed:
            failures += 1
            var delay = firstRetryDelay
            for _ in 1..<failures where delay < maximumRetryDelay { delay *= 2 }
            let retry = now.advanced(by: min(delay, maximumRetryDelay))
            retryAt = retry
            due = due.map { max($0, retry) } ?? retry
        case .saved:
            failures = 0
            retryAt = nil
        case .notSaved:
            break
        }
    }

    /// Whether a save is due at `now`; when it is, it is taken (as `saving()`).
    public mutating func takeIfDue(at now: Instant) -> Bool {
        guard let due, due <= now else { return false }
        saving()
        return true
    }
}
