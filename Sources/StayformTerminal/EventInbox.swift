import Glibc
import StayformWizard
import Synchronization

/// The run loop's one queue: every `WizardEvent` that does not come from the keyboard (save
/// outcomes, effect results, signals) is posted here from any thread, and the loop takes them
/// in order. Posting also makes `wakeDescriptor` readable, so a loop waiting for a key wakes
/// at once instead of polling.
///
///     let inbox = EventInbox()
///     DispatchQueue.global().async { inbox.post(.snapshotWritten(path: path)) }
///     // the run loop: terminal.readInput(timeout: nil, wakingOn: inbox.wakeDescriptor)
///     for event in inbox.take() { … }
public final class EventInbox: Sendable {
    private let queue = Mutex<[WizardEvent]>([])
    /// A non-blocking pipe: a byte is written to `descriptors.write` per post.
    private let descriptors: (read: Int32, write: Int32)

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            ends = [-1, -1]
        }
        descriptors = (ends[0], ends[1])
    }

    deinit {
        if descriptors.read >= 0 { close(descriptors.read) }
        if descriptors.write >= 0 { close(descriptors.write) }
    }

    /// Readable while events wait (`-1` if no pipe could be made: the loop then polls).
    public var wakeDescriptor: Int32 { descriptors.read }

    /// The descriptor a signal handler writes a byte to, to wake the loop.
    var signalDescriptor: Int32 { descriptors.write }

    /// Adds `event` at the end of the queue and wakes the loop; callable from any thread.
    public func post(_ event: WizardEvent) {
        queue.withLock { $0.append(event) }
        wakeLoop()
    }

    /// Takes every waiting event, oldest first.
    public func take() -> [WizardEvent] {
        var byte: UInt8 = 0
        while descriptors.read >= 0, read(descriptors.read, &byte, 1) == 1 {}
        return queue.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }

    /// Makes `wakeDescriptor` readable (a full pipe is already readable).
    func wakeLoop() {
        var byte: UInt8 = 1
        _ = write(descriptors.write, &byte, 1)
    }
}
