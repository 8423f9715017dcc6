import Foundation
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
            let descriptor: FileDescriptor
            do {
                descriptor = try fileSystem.open(path, .readWrite, options: [.create], permissions: [.ownerReadWrite])
            } catch {
                throw failure(error)
            }
            do {
                if try fileSystem.lockExclusively(descriptor) {
                    guard try isStill(descriptor, at: path, fileSystem: fileSystem) else {
                        try? fileSystem.close(descriptor)
                        continue
                    }
                    try fileSystem.truncate(descriptor)
                    try fileSystem.writeAll(holder.encoded(), to: descriptor)
                    try fileSystem.synchronize(descriptor)
                    return .acquired(DraftLock(path: path, holder: holder, descriptor: descriptor, fileSystem: fileSystem))
                }
                let recorded = DraftLockHolder(decoding: try fileSystem.readAll(descriptor))
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
            } catch {
                try? fileSystem.close(descriptor)
                throw failure(error)
            }
        }
        return .heldBy(nil)
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
        return DraftLockHolder(pid: getpid(), host: host, startedAt: ISO8601DateFormatter().string(from: now))
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
public struct DraftLockError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The lock file.
    public var path: String
    public var errno: Errno

    public var description: String {
        let advice: String
        switch errno {
        case .permissionDenied, .notPermitted: advice = "permission denied; check that you may write to the draft's folder"
        case .readOnlyFileSystem: advice = "the disk is read-only; the draft can only be opened read-only"
        case .noSpace: advice = "the disk is full; free some space"
        default: advice = "\(errno) (errno \(errno.rawValue))"
        }
        return "\(path): cannot lock the draft: \(advice)"
    }
}
