import CNcursesw

/// Turns SIGHUP, SIGTERM and SIGINT into a flag and a wake-up of the run loop's inbox, so that
/// the loop turns the signal into an event and the draft is saved and the terminal restored on
/// the main thread instead of inside a signal handler.
public final class ProcessSignals {
    /// A signal that asks the program to end.
    public enum Termination: Int32, Sendable {
        case hangUp = 1  // SIGHUP
        case interrupt = 2  // SIGINT
        case terminate = 15  // SIGTERM

        /// The exit status a shell reports for a program ended by this signal.
        public var exitStatus: Int32 { 128 + rawValue }
    }

    /// Starts watching, waking `inbox`'s loop on a signal; also unblocks SIGWINCH so that
    /// resizes arrive.
    public init(waking inbox: EventInbox) {
        cnw_watch_termination_signals(inbox.signalDescriptor)
    }

    /// The first termination signal received, if any.
    public var pending: Termination? {
        Termination(rawValue: cnw_pending_termination())
    }
}
