import CNcursesw

/// Turns SIGHUP, SIGTERM and SIGINT into a flag the run loop polls, so that the draft is saved
/// and the terminal restored on the main thread instead of inside a signal handler.
public final class ProcessSignals {
    /// A signal that asks the program to end.
    public enum Termination: Int32, Sendable {
        case hangUp = 1  // SIGHUP
        case interrupt = 2  // SIGINT
        case terminate = 15  // SIGTERM

        /// The exit status a shell reports for a program ended by this signal.
        public var exitStatus: Int32 { 128 + rawValue }
    }

    /// Starts watching; also unblocks SIGWINCH so that resizes arrive.
    public init() {
        cnw_watch_termination_signals()
    }

    /// The first termination signal received, if any.
    public var pending: Termination? {
        Termination(rawValue: cnw_pending_termination())
    }
}
