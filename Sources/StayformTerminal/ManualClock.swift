import Synchronization

/// A clock that moves only when told to, for testing timers without sleeping (like
/// swift-nio's `EmbeddedEventLoop`): `InMemoryTerminal` advances it by the timeout the run
/// loop waits for when its scripted input says nothing arrived.
///
///     let clock = ManualClock()
///     let start = clock.now
///     clock.advance(by: .milliseconds(300))
///     start.duration(to: clock.now)   // 300 ms
public final class ManualClock: Clock, Sendable {
    /// A point on a manual clock: the time advanced since it was made.
    public struct Instant: InstantProtocol, Hashable, Sendable {
        public var offset: Duration

        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (left: Instant, right: Instant) -> Bool { left.offset < right.offset }
    }

    private let current = Mutex(Instant(offset: .zero))

    public init() {}

    public var now: Instant { current.withLock { $0 } }

    public var minimumResolution: Duration { .zero }

    /// Moves the clock forward by `duration`.
    public func advance(by duration: Duration) {
        current.withLock { $0 = $0.advanced(by: max(duration, .zero)) }
    }

    /// Jumps the clock to `deadline` at once: nothing waits on a manual clock.
    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        current.withLock { $0 = max($0, deadline) }
    }
}
