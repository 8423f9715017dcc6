import StayformCore
import SystemPackage

/// Writes an export to a file readable only by the user (0600): a new file, or with
/// `replacing` a complete replacement (written beside it, then renamed over it), so that a
/// failed write never leaves half a file.
///
///     try ExportFileWriter().write(export.markdown, to: "ana.md", replacing: false)
public struct ExportFileWriter: Sendable {
    private let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = POSIXFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Writes `text` to `path`. Without `replacing`, a file already there is left as it is and
    /// the error says so (`alreadyExists` is true).
    public func write(_ text: String, to path: String, replacing: Bool) throws(ExportWriteError) {
        let target = FilePath(path)
        let bytes = Array(text.utf8)
        guard replacing else {
            do {
                try writeNew(target, bytes)
            } catch {
                throw ExportWriteError(path: path, cause: error)
            }
            return
        }
        guard let name = target.lastComponent?.string else {
            throw ExportWriteError(path: path, cause: .isDirectory)
        }
        let temporary = target.removingLastComponent().appending(".\(name).stayform-export")
        do throws(Errno) {
            try? fileSystem.remove(temporary)
            try writeNew(temporary, bytes)
            do throws(Errno) {
                try fileSystem.rename(temporary, to: target)
            } catch {
                try? fileSystem.remove(temporary)
                throw error
            }
        } catch {
            throw ExportWriteError(path: path, cause: error)
        }
    }

    /// Creates `path` exclusively (0600), writes `bytes` and flushes them to disk.
    private func writeNew(_ path: FilePath, _ bytes: [UInt8]) throws(Errno) {
        let descriptor = try fileSystem.open(
            path, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec], permissions: [.ownerReadWrite])
        do {
            try fileSystem.writeAll(bytes, to: descriptor)
            try fileSystem.synchronize(descriptor)
            try fileSystem.close(descriptor)
        } catch {
            try? fileSystem.close(descriptor)
            try? fileSystem.remove(path)
            throw error
        }
    }
}

/// Why an export could not be written, naming the file.
public struct ExportWriteError: WordedError, Hashable, Sendable {
    public var path: String
    public var cause: Errno

    public init(path: String, cause: Errno) {
        self.path = path
        self.cause = cause
    }

    /// Whether the file exists and was left as it was.
    public var alreadyExists: Bool { cause == .fileExists }

    public func description(in words: Words) -> String {
        if alreadyExists { return "\(path): " + words["save.export.exists"] }
        return "\(path): " + words("save.export.failed", ["error": cause.description])
    }
}
