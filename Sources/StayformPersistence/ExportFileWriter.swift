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
                try fileSystem.writeNewFile(target, bytes: bytes)
            } catch {
                throw ExportWriteError(path: path, cause: error)
            }
            return
        }
        guard let name = target.lastComponent?.string else {
            throw ExportWriteError(path: path, cause: .isDirectory)
        }
        let temporary = target.removingLastComponent().appending(".\(name).stayform-export")
        try? fileSystem.remove(temporary)
        do {
            try fileSystem.replaceFile(target, with: bytes, through: temporary)
        } catch {
            throw ExportWriteError(path: path, cause: error)
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
