import Crypto
import StayformCore
import SystemPackage

/// Reads attached files for the cross-check engine: whether each can be read, its size, its
/// kind and pixel size (from its first bytes, never its name) and the SHA-256 of its content,
/// streamed in chunks so a large file is never held in memory.
///
///     let reader = AttachmentReader()
///     let facts = reader.facts(forAttachmentsOf: draft)   // path → AttachmentFacts
///     engine.evaluateAll(draft: draft, today: today, attachments: facts)
///
/// A file larger than `hashLimit` is not hashed (its size alone already fails any upload
/// limit); a problem (missing, a folder, no permission) is recorded as an unreadable file,
/// never thrown. Files are opened read-only and never changed.
public struct AttachmentReader: Sendable {
    /// Files above this many bytes get no SHA-256.
    public var hashLimit: Int
    /// How many bytes from the start are used to detect the kind and the pixel size.
    public var headerLength: Int
    /// The words an unreadable file's problem is written in.
    public var words: Words

    public init(
        hashLimit: Int = ReadKind.attachment.limit, headerLength: Int = 256 << 10,
        words: Words = Language.english.words
    ) {
        self.hashLimit = hashLimit
        self.headerLength = headerLength
        self.words = words
    }

    /// The facts of every file attached to `draft`, by path; relative paths are read relative
    /// to `directory` (the draft's folder) when given.
    public func facts(forAttachmentsOf draft: Draft, relativeTo directory: FilePath? = nil) -> [String: AttachmentFacts] {
        var facts: [String: AttachmentFacts] = [:]
        for attachment in draft.attachments.values.joined() where facts[attachment.path] == nil {
            facts[attachment.path] = read(recorded: attachment.path, relativeTo: directory)
        }
        return facts
    }

    /// The facts of the file a draft records as `path`: a relative path starts from
    /// `directory` (the draft's folder).
    public func read(recorded path: String, relativeTo directory: FilePath?) -> AttachmentFacts {
        var file = FilePath(path)
        if file.isRelative, let directory { file = directory.pushing(file) }
        return read(file)
    }

    /// The facts of the file at `path`. Only a regular file is read: a folder, a named pipe or
    /// a device (`/dev/zero`) is reported as unreadable at once, never waited on or read.
    public func read(_ path: FilePath) -> AttachmentFacts {
        let fileSystem = POSIXFileSystem()
        let descriptor: FileDescriptor
        let status: FileStatus
        do {
            (descriptor, status) = try fileSystem.openRegularFile(path, kind: .attachment)
        } catch {
            return .unreadable(describe(error))
        }
        defer { try? fileSystem.close(descriptor) }
        do {
            return try read(descriptor, size: Int(status.size))
        } catch {
            return .unreadable(Self.describe(error))
        }
    }

    private func read(_ descriptor: FileDescriptor, size: Int) throws -> AttachmentFacts {
        var header: [UInt8] = []
        var hasher = SHA256()
        var hashes = size <= hashLimit
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var total = 0
        while true {
            let count = try chunk.withUnsafeMutableBytes { try descriptor.read(into: $0, retryOnInterrupt: true) }
            if count == 0 { break }
            total += count
            // A file that grows while it is read is hashed no further than the limit.
            if total > hashLimit { hashes = false }
            if header.count < headerLength {
                header.append(contentsOf: chunk[0..<min(count, headerLength - header.count)])
            }
            if hashes {
                chunk.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            } else if header.count >= headerLength {
                break
            }
        }
        return AttachmentFacts(
            isReadable: true, size: max(size, total), kind: AttachmentKind(detectingIn: header),
            pixelSize: PixelSize(readingHeaderOf: header), sha256: hashes ? hasher.finalize().hexString : nil)
    }

    private func describe(_ error: FileReadError) -> String {
        switch error.problem {
        case .missing: words["load.read.missing"]
        case .permissionDenied: words["load.attachment.permission-denied"]
        case .notRegular(.directory): words["load.attachment.folder"]
        default: error.reason(in: words)
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let errno = error as? Errno else { return "\(error)" }
        return errno.description
    }
}
