import FoundationEssentials
import StayformCore
import Glibc
import Synchronization
import SystemPackage

/// Keeps two stayform processes from editing one draft: an exclusive `flock(2)` on
/// `<draft>.lock`, a file (0600) that records who holds it.
///
/// The kernel releases a `flock` when its holder exits or dies, so a lock left by a crash is
/// simply taken. A lock still held although the recorded process is dead on this host (a
/// forked child kept the descriptor) is taken over without asking: the old lock file is
/// removed and a new one locked. A lock held by a live process, or by one on another host,
/// is reported with its holder, so the UI can offer to open the draft read-only.
///
///     switch try DraftLock.acquire(forDraftAt: path) {
///     case .acquired(let lock): defer { lock.release() } …   // edit and save
///     case .heldBy(let holder): …                             // offer read-only
///     }
public final class DraftLock: Sendable {
    /// What `acquire` found.
    public enum Outcome: Sendable {
        /// The lock is this process's until `release()` (or exit).
        case acquired(DraftLock)
        /// Another process holds it; `nil` when its lock file cannot be read.
        case heldBy(DraftLockHolder?)
    }

    /// The lock file.
    public let path: FilePath
    /// What this process recorded in it.
    public let holder: DraftLockHolder
    private let fileSystem: any FileSystem
    private let descriptor: Mutex<FileDescriptor?>

    private init(path: FilePath, holder: DraftLockHolder, descriptor: FileDescriptor, fileSystem: any FileSystem) {
        self.path = path
        self.holder = holder
        self.fileSystem = fileSystem
        self.descriptor = Mutex(descriptor)
    }

    deinit { release() }

    /// The lock file of the draft at `draftPath`.
    public static func lockPath(forDraftAt draftPath: FilePath) -> FilePath {
        FilePath(draftPath.string + ".lock")
    }

    /// Tries to lock the draft at `draftPath` without waiting.
    ///
    /// - Parameters:
    ///   - holder: what to record; by default this process, this host, now.
    ///   - processIsAlive: whether a process of this host is running (injectable for tests).
    public static func acquire(
        forDraftAt draftPath: FilePath, as holder: DraftLockHolder = .currentProcess(),
        fileSystem: any FileSystem = POSIXFileSystem(),
        processIsAlive: (Int32) -> Bool = DraftLock.processExists
    ) throws(DraftLockError) -> Outcome {
        let path = lockPath(forDraftAt: draftPath)
        func failure(_ error: Errno) -> DraftLockError { DraftLockError(path: path.string, errno: error) }
        do {
            try DraftFile.createPrivateDirectory(path.removingLastComponent(), fileSystem: fileSystem)
        } catch {
            throw failure(error)
        }
        // A takeover removes the lock file; a competitor may have opened it just before, so
        // the file locked must still be the one at `path`. A few rounds settle any race.
        for _ in 0..<5 {
            let (descriptor, created) = try openLockFile(at: path, fileSystem: fileSystem)
            do {
                if try fileSystem.lockExclusively(descriptor) {
                    guard try isStill(descriptor, at: path, fileSystem: fileSystem) else {
                        try? fileSystem.close(descriptor)
                        continue
                    }
                    // Only a file this call created, or one that holds a lock record, is rewritten.
                    let content = try fileSystem.read(descriptor, atMost: ReadKind.lockFile.limit + 1)
                    guard created || content.isEmpty || DraftLockHolder(decoding: content) != nil else {
                        throw DraftLockError(path: path.string, problem: .notALockFile)
                    }
                    try fileSystem.truncate(descriptor)
                    // Not flushed to disk: the lock is the `flock`, which no crash outlives; the
                    // record only names the holder, and one lost with the machine is read as
                    // empty and rewritten. A flush here cost about 1 ms before the first paint.
                    try fileSystem.writeAll(holder.encoded(), to: descriptor)
                    return .acquired(DraftLock(path: path, holder: holder, descriptor: descriptor, fileSystem: fileSystem))
                }
                let recorded = DraftLockHolder(decoding: try fileSystem.read(descriptor, atMost: ReadKind.lockFile.limit))
                if let recorded, recorded.host == holder.host, recorded.pid != holder.pid,
                    !processIsAlive(recorded.pid)
                {
                    if try isStill(descriptor, at: path, fileSystem: fileSystem) {
                        try fileSystem.remove(path)
                    }
                    try? fileSystem.close(descriptor)
                    continue
                }
                try? fileSystem.close(descriptor)
                return .heldBy(recorded)
            } catch let error as DraftLockError {
                try? fileSystem.close(descriptor)
                throw error
            } catch {
                try? fileSystem.close(descriptor)
                throw failure(error as? Errno ?? .ioError)
            }
        }
        return .heldBy(nil)
    }

    /// Opens the lock file at `path`, creating it (0600) if there is none, and says whether
    /// this call created it. Never follows a symbolic link (`O_NOFOLLOW`), never waits
    /// (`O_NONBLOCK`), and refuses anything but a regular file of this user with one name: a
    /// link planted at the lock's name cannot make stayform write somewhere else.
    private static func openLockFile(
        at path: FilePath, fileSystem: any FileSystem
    ) throws(DraftLockError) -> (FileDescriptor, created: Bool) {
        func failure(_ error: Errno) -> DraftLockError {
            switch error {
            case .tooManySymbolicLinkLevels: DraftLockError(path: path.string, problem: .symbolicLink)
            case .noSuchAddressOrDevice, .isDirectory: DraftLockError(path: path.string, problem: .notALockFile)
            default: DraftLockError(path: path.string, errno: error)
            }
        }
        let options: FileDescriptor.OpenOptions = [.create, .noFollow, .nonBlocking]
        var descriptor: FileDescriptor
        var created = true
        do {
            descriptor = try fileSystem.open(
                path, .readWrite, options: options.union(.exclusiveCreate), permissions: [.ownerReadWrite])
        } catch .fileExists {
            created = false
            do {
                descriptor = try fileSystem.open(path, .readWrite, options: options, permissions: [.ownerReadWrite])
            } catch {
                throw failure(error)
            }
        } catch {
            throw failure(error)
        }
        do {
            let status = try fileSystem.status(of: descriptor)
            guard status.type == .regular, status.linkCount == 1, status.owner == getuid() else {
                try? fileSystem.close(descriptor)
                throw DraftLockError(path: path.string, problem: .notALockFile)
            }
        } catch let error as DraftLockError {
            throw error
        } catch {
            try? fileSystem.close(descriptor)
            throw failure(error as? Errno ?? .ioError)
        }
        return (descriptor, created)
    }

    /// Unlocks and forgets the lock file's descriptor; the file stays (removing it would race
    /// with a process about to lock it). Safe to call more than once.
    public func release() {
        let descriptor = self.descriptor.withLock { descriptor in
            defer { descriptor = nil }
            return descriptor
        }
        if let descriptor { try? fileSystem.close(descriptor) }
    }

    /// Whether `descriptor` is still the file at `path` (not removed by a takeover).
    private static func isStill(_ descriptor: FileDescriptor, at path: FilePath, fileSystem: any FileSystem) throws(Errno) -> Bool {
        let open = try fileSystem.status(of: descriptor)
        do {
            let named = try fileSystem.status(at: path)
            return named.device == open.device && named.inode == open.inode
        } catch .noSuchFileOrDirectory {
            return false
        }
    }

    /// Whether process `pid` exists on this host (`kill(pid, 0)`).
    public static func processExists(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}

/// Who holds a draft's lock: recorded in the lock file as JSON.
public struct DraftLockHolder: Hashable, Sendable, Codable {
    /// The process id.
    public var pid: Int32
    /// The host name it runs on.
    public var host: String
    /// When it took the lock, ISO 8601 in UTC.
    public var startedAt: String

    public init(pid: Int32, host: String, startedAt: String) {
        self.pid = pid
        self.host = host
        self.startedAt = startedAt
    }

    /// This process, on this host, starting `now`.
    public static func currentProcess(now: Date = Date()) -> DraftLockHolder {
        var name = [CChar](repeating: 0, count: 256)
        let host = gethostname(&name, name.count) == 0
            ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "unknown"
        return DraftLockHolder(pid: getpid(), host: host, startedAt: UTCTimestamp(now).iso8601)
    }

    init?(decoding bytes: [UInt8]) {
        guard let holder = try? JSONDecoder().decode(DraftLockHolder.self, from: Data(bytes)) else { return nil }
        self = holder
    }

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? Array(encoder.encode(self))) ?? []
    }
}

/// The lock file of a draft could not be created or locked.
public struct DraftLockError: WordedError, Hashable, Sendable {
    /// What is in the lock file's place instead of a lock file stayform may use.
    public enum Problem: Hashable, Sendable {
        /// A symbolic link: never followed, since the lock file is written.
        case symbolicLink
        /// Not a regular file of this user with one name, or one that holds something else.
        case notALockFile
    }

    /// The lock file.
    public var path: String
    /// The system's error, when a call failed.
    public var errno: Errno?
    /// What was found instead of a lock file, when that is the problem.
    public var problem: Problem?

    public init(path: String, errno: Errno) {
        self.path = path
        self.errno = errno
    }

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public func description(in words: Words) -> String {
        let advice: String
        switch (problem, errno) {
        case (.symbolicLink?, _): advice = words["draft.lock.symbolic-link"]
        case (.notALockFile?, _): advice = words["draft.lock.not-a-lock-file"]
        case (nil, .permissionDenied?), (nil, .notPermitted?): advice = words["draft.lock.permission-denied"]
        case (nil, .readOnlyFileSystem?): advice = words["draft.lock.read-only"]
        case (nil, .noSpace?): advice = words["save.disk-full"]
        case (nil, let errno?): advice = words.systemError(errno)
        case (nil, nil): advice = words["draft.lock.unknown"]
        }
        return "\(path): " + words("draft.lock.failed", ["problem": advice])
    }
}
