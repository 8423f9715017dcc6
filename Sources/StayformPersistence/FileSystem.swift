import StayformCore
import SystemPackage

/// The file operations the draft store uses, each one a thin wrapper over one system call, so
/// that tests can make any of them fail with a chosen `Errno` (a full disk, a refused
/// permission, an I/O error on `fsync`).
///
/// `POSIXFileSystem` is the real one.
public protocol FileSystem: Sendable {
    /// `open(2)`, retrying on `EINTR`.
    func open(
        _ path: FilePath, _ mode: FileDescriptor.AccessMode, options: FileDescriptor.OpenOptions,
        permissions: FilePermissions?
    ) throws(Errno) -> FileDescriptor
    /// Reads from the current offset to the end of the file, but never more than `limit` bytes.
    func read(_ descriptor: FileDescriptor, atMost limit: Int) throws(Errno) -> [UInt8]
    /// Writes all of `bytes` at the current offset, however many `write(2)` calls it takes.
    func writeAll(_ bytes: [UInt8], to descriptor: FileDescriptor) throws(Errno)
    /// Empties the file (`ftruncate(2)` to 0) and moves the offset to the start.
    func truncate(_ descriptor: FileDescriptor) throws(Errno)
    /// `fsync(2)`: the file's data and metadata, or a directory's entries, are on disk.
    func synchronize(_ descriptor: FileDescriptor) throws(Errno)
    /// `close(2)`.
    func close(_ descriptor: FileDescriptor) throws(Errno)
    /// `fstat(2)`.
    func status(of descriptor: FileDescriptor) throws(Errno) -> FileStatus
    /// `stat(2)`: follows a symbolic link.
    func status(at path: FilePath) throws(Errno) -> FileStatus
    /// `lstat(2)`: a symbolic link itself, not what it points to.
    func linkStatus(at path: FilePath) throws(Errno) -> FileStatus
    /// `realpath(3)`: the absolute path with every symbolic link, `.` and `..` resolved.
    func resolvingLinks(_ path: FilePath) throws(Errno) -> FilePath
    /// `rename(2)`: atomically replaces `destination`.
    func rename(_ source: FilePath, to destination: FilePath) throws(Errno)
    /// `link(2)`: a second name for the same file; fails if `destination` exists.
    func link(_ source: FilePath, to destination: FilePath) throws(Errno)
    /// `unlink(2)`.
    func remove(_ path: FilePath) throws(Errno)
    /// The names in a directory (`opendir(3)`/`readdir(3)`), without `.` and `..`.
    func entries(of directory: FilePath) throws(Errno) -> [String]
    /// `mkdir(2)` of one directory.
    func createDirectory(_ path: FilePath, permissions: FilePermissions) throws(Errno)
    /// `flock(2)` with `LOCK_EX | LOCK_NB`: `true` if now held, `false` if another open file holds it.
    func lockExclusively(_ descriptor: FileDescriptor) throws(Errno) -> Bool
}

/// What `stat(2)` says about a file, as far as the draft store cares.
public struct FileStatus: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Last modification, in nanoseconds since the epoch.
    public var modificationNanoseconds: Int64
    public var permissions: FilePermissions
    public var owner: UInt32
    /// A regular file, a folder, a named pipe…
    public var type: FileType
    /// How many names (hard links) the file has.
    public var linkCount: UInt64

    public init(
        device: UInt64, inode: UInt64, size: Int64, modificationNanoseconds: Int64,
        permissions: FilePermissions, owner: UInt32, type: FileType, linkCount: UInt64 = 1
    ) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modificationNanoseconds = modificationNanoseconds
        self.permissions = permissions
        self.owner = owner
        self.type = type
        self.linkCount = linkCount
    }

    /// Whether the file is a folder.
    public var isDirectory: Bool { type == .directory }

    /// Identifies one version of one file: same inode, size and modification time.
    var version: FileVersion {
        FileVersion(device: device, inode: inode, size: size, modificationNanoseconds: modificationNanoseconds)
    }
}

/// What kind of thing a name in the file system is: only a regular file is ever read as a
/// draft, pack, theme, lock or attachment.
public enum FileType: Hashable, Sendable, CustomStringConvertible {
    case regular
    case directory
    case symbolicLink
    case namedPipe
    case characterDevice
    case blockDevice
    case socket
    case unknown

    /// The kind, as an English message names it: "a named pipe (FIFO)".
    public var description: String { name(in: Language.english.words) }

    /// The kind, as a message in the language of `words` names it.
    public func name(in words: Words) -> String {
        switch self {
        case .regular: words["load.type.regular"]
        case .directory: words["load.type.directory"]
        case .symbolicLink: words["load.type.symbolic-link"]
        case .namedPipe: words["load.type.named-pipe"]
        case .characterDevice: words["load.type.device"]
        case .blockDevice: words["load.type.block-device"]
        case .socket: words["load.type.socket"]
        case .unknown: words["load.type.unknown"]
        }
    }
}

/// One version of one file, to tell whether the draft on disk is still the one this session
/// read or wrote.
struct FileVersion: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modificationNanoseconds: Int64
}
