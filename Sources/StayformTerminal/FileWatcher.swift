import Dispatch
import Glibc
import StayformWizard
import Synchronization

/// Follows one file off the run loop's thread: every `interval` it compares the file's inode,
/// size and modification time with the last it saw, and when they changed asks `read` for the
/// event to post to the inbox (`nil`, e.g. for a damaged file, posts nothing until the next
/// change). It never opens the file itself, and never writes.
///
///     let watcher = FileWatcher(path: "/home/ana/draft.json", inbox: inbox) {
///         (try? file.load(formID: nil)).map { .draftChangedOnDisk($0, attachments: [:], time: now) }
///     }
///     watcher.start()
public final class FileWatcher: Sendable {
    /// The file's identity as `stat(2)` gives it; `nil` while there is no file.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    public let path: String
    private let inbox: EventInbox
    private let read: @Sendable () -> WizardEvent?
    private let seen: Mutex<Identity?>
    private let isRunning = Mutex(false)

    /// A watcher of `path` as it is now: only later changes are reported.
    public init(path: String, inbox: EventInbox, read: @escaping @Sendable () -> WizardEvent?) {
        self.path = path
        self.inbox = inbox
        self.read = read
        seen = Mutex(FileWatcher.identity(of: path))
    }

    deinit {
        stop()
    }

    /// Checks the file once: when it changed since the last check, reads it and posts the event.
    /// Returns whether an event was posted.
    @discardableResult
    public func check() -> Bool {
        let now = FileWatcher.identity(of: path)
        let changed = seen.withLock { seen in
            defer { seen = now }
            return now != nil && now != seen
        }
        guard changed, let event = read() else { return false }
        inbox.post(event)
        return true
    }

    /// Checks every `interval` on a background thread until `stop` (or the watcher is released).
    public func start(every interval: Duration = .milliseconds(100)) {
        isRunning.withLock { $0 = true }
        let pause = useconds_t(interval.components.seconds * 1_000_000 + interval.components.attoseconds / 1_000_000_000_000)
        DispatchQueue(label: "stayform file watcher").async { [weak self] in
            while true {
                guard let watcher = self, watcher.isRunning.withLock({ $0 }) else { return }
                watcher.check()
                usleep(pause)
            }
        }
    }

    /// Stops the checks `start` began.
    public func stop() {
        isRunning.withLock { $0 = false }
    }

    static func identity(of path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
            seconds: status.st_mtim.tv_sec, nanoseconds: status.st_mtim.tv_nsec)
    }
}
