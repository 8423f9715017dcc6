import SystemPackage
import StayformCore

/// What stayform reads from disk, each with the most it will read of one file (documented in
/// docs/limits.md). A file over its limit is refused with a message, never read to the end.
///
///     ReadKind.draft.limit          // 8 MiB
///     ReadKind.theme.description    // "theme file"
public enum ReadKind: Sendable, CaseIterable, CustomStringConvertible {
    /// A draft (`--draft`, `check`, `export`): typically a few KiB.
    case draft
    /// A form pack (`Forms/*.yaml`): the shipped one is under 100 KiB.
    case formPack
    /// A theme (`Themes/*.yaml`): about 1 KiB.
    case theme
    /// A draft's lock file: one line of JSON.
    case lockFile
    /// An attached document: hashed (SHA-256) up to this size, larger ones are only measured.
    case attachment
    /// The user's settings (`settings.json` in the config folder): a line or two of JSON.
    case settings

    /// The most bytes read of one file of this kind.
    public var limit: Int {
        switch self {
        case .draft: 8 << 20
        case .formPack: 8 << 20
        case .theme: 1 << 20
        case .lockFile: 4 << 10
        case .attachment: 256 << 20
        case .settings: 64 << 10
        }
    }

    /// The kind, as English messages name it.
    public var description: String { name(in: Language.english.words) }

    /// The kind, as messages in the language of `words` name it.
    public func name(in words: Words) -> String {
        switch self {
        case .draft: words["load.read-kind.draft"]
        case .formPack: words["load.read-kind.form-pack"]
        case .theme: words["load.read-kind.theme"]
        case .lockFile: words["load.read-kind.lock-file"]
        case .attachment: words["load.read-kind.attachment"]
        case .settings: words["load.read-kind.settings"]
        }
    }

    /// The longest single string (an answer, a key) a draft may hold, in UTF-8 bytes: ten times
    /// the longest answer any form asks for, and small enough that every check on it is instant.
    public static let valueLimit = 16 << 10
}

/// Why a file could not be read: it names the file and says what it is instead of a readable
/// regular file, without quoting any of it.
public struct FileReadError: WordedError, Hashable, Sendable {
    /// What was wrong.
    public enum Problem: Hashable, Sendable {
        /// There is no such file.
        case missing
        /// The file's permissions do not let this user read it.
        case permissionDenied
        /// Not a regular file: a folder, a named pipe, a device…
        case notRegular(FileType)
        /// A symbolic link, where links are not followed.
        case symbolicLink
        /// Larger than the kind's limit.
        case tooLarge(size: Int, limit: Int)
        /// Not UTF-8 text, where text is expected.
        case notText
        /// Another error of the system.
        case system(Errno)
    }

    /// The file, as named.
    public var path: String
    /// What it was read as.
    public var kind: ReadKind
    public var problem: Problem

    public init(path: String, kind: ReadKind, problem: Problem) {
        self.path = path
        self.kind = kind
        self.problem = problem
    }

    /// What is wrong, in English, without the path: "it is a named pipe (FIFO), not a regular
    /// file".
    public var reason: String { reason(in: Language.english.words) }

    /// What is wrong, in the language of `words`, without the path.
    public func reason(in words: Words) -> String {
        switch problem {
        case .missing: words["load.read.missing"]
        case .permissionDenied: words["load.read.permission-denied"]
        case .notRegular(let type): words("load.read.not-regular", ["type": type.name(in: words)])
        case .symbolicLink: words["load.read.symbolic-link"]
        case .tooLarge(let size, let limit):
            words("load.read.too-large", [
                "limit": words.size(limit), "size": words.size(size), "kind": kind.name(in: words),
            ])
        case .notText: words["load.read.not-text"]
        case .system(let errno): words.systemError(errno)
        }
    }

    public func description(in words: Words) -> String {
        "\(path): " + words("load.read.failed", ["kind": kind.name(in: words), "reason": reason(in: words)])
    }
}

extension FileSystem {
    /// Opens the file at `path` for reading without ever waiting (`O_NONBLOCK`: a named pipe
    /// with no writer or a device cannot hang the caller) and checks that it is a regular file.
    /// The one way stayform opens a file to read it.
    ///
    ///     let (descriptor, status) = try fileSystem.openRegularFile("ana.json", kind: .draft)
    ///     defer { try? fileSystem.close(descriptor) }
    ///
    /// - Parameter followingLinks: `false` refuses a symbolic link as the last component
    ///   (`O_NOFOLLOW`).
    public func openRegularFile(
        _ path: FilePath, kind: ReadKind, followingLinks: Bool = true
    ) throws(FileReadError) -> (FileDescriptor, FileStatus) {
        func failure(_ problem: FileReadError.Problem) -> FileReadError {
            FileReadError(path: path.string, kind: kind, problem: problem)
        }
        var options: FileDescriptor.OpenOptions = [.nonBlocking]
        if !followingLinks { options.insert(.noFollow) }
        let descriptor: FileDescriptor
        do {
            descriptor = try open(path, .readOnly, options: options, permissions: nil)
        } catch .noSuchFileOrDirectory {
            throw failure(.missing)
        } catch .permissionDenied {
            throw failure(.permissionDenied)
        } catch .tooManySymbolicLinkLevels where !followingLinks {
            throw failure(.symbolicLink)
        } catch .noSuchAddressOrDevice {
            throw failure(.notRegular((try? linkStatus(at: path))?.type ?? .socket))
        } catch .isDirectory {
            throw failure(.notRegular(.directory))
        } catch {
            throw failure(.system(error))
        }
        do {
            let status = try self.status(of: descriptor)
            guard status.type == .regular else { throw failure(.notRegular(status.type)) }
            if status.size > kind.limit, kind != .attachment {
                throw failure(.tooLarge(size: Int(status.size), limit: kind.limit))
            }
            return (descriptor, status)
        } catch let error as FileReadError {
            try? close(descriptor)
            throw error
        } catch {
            try? close(descriptor)
            throw failure(.system(error as? Errno ?? .ioError))
        }
    }

    /// The whole content of the regular file at `path`, at most `kind.limit` bytes (a file
    /// that grows past the limit while being read is refused too), and the version read.
    ///
    ///     let (bytes, _) = try fileSystem.readRegularFile("Themes/default.yaml", kind: .theme)
    public func readRegularFile(
        _ path: FilePath, kind: ReadKind, followingLinks: Bool = true
    ) throws(FileReadError) -> (bytes: [UInt8], status: FileStatus) {
        let (descriptor, status) = try openRegularFile(path, kind: kind, followingLinks: followingLinks)
        defer { try? close(descriptor) }
        let bytes: [UInt8]
        do {
            bytes = try read(descriptor, atMost: kind.limit + 1)
        } catch {
            throw FileReadError(path: path.string, kind: kind, problem: .system(error))
        }
        guard bytes.count <= kind.limit else {
            throw FileReadError(path: path.string, kind: kind, problem: .tooLarge(size: bytes.count, limit: kind.limit))
        }
        return (bytes, status)
    }

    /// The content of the regular file at `path` as UTF-8 text, at most `kind.limit` bytes.
    public func readText(_ path: FilePath, kind: ReadKind) throws(FileReadError) -> String {
        let (bytes, _) = try readRegularFile(path, kind: kind)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FileReadError(path: path.string, kind: kind, problem: .notText)
        }
        return text
    }
}
