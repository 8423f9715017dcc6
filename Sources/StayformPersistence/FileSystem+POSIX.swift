import Glibc
import SystemPackage

/// The real file system, through POSIX calls (Linux, Glibc).
public struct POSIXFileSystem: FileSystem {
    public init() {}

    public func open(
        _ path: FilePath, _ mode: FileDescriptor.AccessMode, options: FileDescriptor.OpenOptions,
        permissions: FilePermissions?
    ) throws(Errno) -> FileDescriptor {
        do {
            return try FileDescriptor.open(path, mode, options: options.union(.closeOnExec), permissions: permissions)
        } catch {
            throw error as? Errno ?? .ioError
        }
    }

    public func read(_ descriptor: FileDescriptor, atMost limit: Int) throws(Errno) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while result.count < limit {
            let wanted = min(chunk.count, limit - result.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor.rawValue, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Errno(rawValue: errno)
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    public func writeAll(_ bytes: [UInt8], to descriptor: FileDescriptor) throws(Errno) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.write(descriptor.rawValue, $0.baseAddress! + written, $0.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Errno(rawValue: errno)
            }
            written += count
        }
    }

    public func truncate(_ descriptor: FileDescriptor) throws(Errno) {
        try retrying { ftruncate(descriptor.rawValue, 0) }
        if lseek(descriptor.rawValue, 0, SEEK_SET) < 0 { throw Errno(rawValue: errno) }
    }

    public func synchronize(_ descriptor: FileDescriptor) throws(Errno) {
        try retrying { fsync(descriptor.rawValue) }
    }

    public func close(_ descriptor: FileDescriptor) throws(Errno) {
        // Never retried: on Linux the descriptor is gone even when close reports EINTR.
        if Glibc.close(descriptor.rawValue) != 0 { throw Errno(rawValue: errno) }
    }

    public func status(of descriptor: FileDescriptor) throws(Errno) -> FileStatus {
        var raw = stat()
        try retrying { fstat(descriptor.rawValue, &raw) }
        return FileStatus(raw)
    }

    public func status(at path: FilePath) throws(Errno) -> FileStatus {
        var raw = stat()
        try retrying { stat(path.string, &raw) }
        return FileStatus(raw)
    }

    public func linkStatus(at path: FilePath) throws(Errno) -> FileStatus {
        var raw = stat()
        try retrying { lstat(path.string, &raw) }
        return FileStatus(raw)
    }

    public func resolvingLinks(_ path: FilePath) throws(Errno) -> FilePath {
        guard let resolved = realpath(path.string, nil) else { throw Errno(rawValue: errno) }
        defer { free(resolved) }
        return FilePath(String(cString: resolved))
    }

    public func rename(_ source: FilePath, to destination: FilePath) throws(Errno) {
        try retrying { Glibc.rename(source.string, destination.string) }
    }

    public func link(_ source: FilePath, to destination: FilePath) throws(Errno) {
        try retrying { Glibc.link(source.string, destination.string) }
    }

    public func remove(_ path: FilePath) throws(Errno) {
        try retrying { unlink(path.string) }
    }

    public func entries(of directory: FilePath) throws(Errno) -> [String] {
        guard let stream = opendir(directory.string) else { throw Errno(rawValue: errno) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func createDirectory(_ path: FilePath, permissions: FilePermissions) throws(Errno) {
        try retrying { mkdir(path.string, permissions.rawValue) }
    }

    public func lockExclusively(_ descriptor: FileDescriptor) throws(Errno) -> Bool {
        while flock(descriptor.rawValue, LOCK_EX | LOCK_NB) != 0 {
            switch errno {
            case EINTR: continue
            case EWOULDBLOCK: return false
            default: throw Errno(rawValue: errno)
            }
        }
        return true
    }

    /// Runs a call that returns 0 or -1 with `errno`, retrying on `EINTR`.
    private func retrying(_ call: () -> CInt) throws(Errno) {
        while call() != 0 {
            if errno != EINTR { throw Errno(rawValue: errno) }
        }
    }
}

extension FileStatus {
    init(_ raw: stat) {
        self.init(
            device: UInt64(raw.st_dev), inode: UInt64(raw.st_ino), size: Int64(raw.st_size),
            modificationNanoseconds: Int64(raw.st_mtim.tv_sec) * 1_000_000_000 + Int64(raw.st_mtim.tv_nsec),
            permissions: FilePermissions(rawValue: raw.st_mode & 0o7777), owner: UInt32(raw.st_uid),
            type: FileType(mode: raw.st_mode), linkCount: UInt64(raw.st_nlink))
    }
}

extension FileType {
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .namedPipe
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .unknown
        }
    }
}
