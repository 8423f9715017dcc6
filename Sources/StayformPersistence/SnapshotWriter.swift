import FoundationEssentials
import StayformCore
import SystemPackage

/// Writes screen snapshots (F4) for a helpdesk or an immigration office: one new file per
/// snapshot, named by time, readable only by the user (0600 in a 0700 folder).
///
///     let path = try SnapshotWriter(directory: paths.snapshotsDirectory).write(text, at: Date())
public struct SnapshotWriter: Sendable {
    /// The folder snapshots go in.
    public let directory: FilePath
    private let fileSystem: any FileSystem

    public init(directory: FilePath, fileSystem: any FileSystem = POSIXFileSystem()) {
        self.directory = directory
        self.fileSystem = fileSystem
    }

    /// Writes `text` to `<directory>/<timestamp>.txt` (a suffix is added if that exists) and
    /// returns the file's path.
    public func write(_ text: String, at date: Date) throws(LoadError) -> FilePath {
        let stamp = UTCTimestamp(date).fileStamp
        do {
            try DraftFile.createPrivateDirectory(directory, fileSystem: fileSystem)
            for attempt in 0..<100 {
                let name = attempt == 0 ? "\(stamp).txt" : "\(stamp)-\(attempt).txt"
                if try writeNew(directory.appending(name), text) { return directory.appending(name) }
            }
            throw Errno.fileExists
        } catch {
            throw LoadError(path: directory.string, problem: Phrase { words in
                words("save.snapshot.failed", ["error": "\(error)"])
            })
        }
    }

    /// Creates `path` exclusively and writes `text`; `false` when the file exists already.
    private func writeNew(_ path: FilePath, _ text: String) throws(Errno) -> Bool {
        let descriptor: FileDescriptor
        do {
            descriptor = try fileSystem.open(
                path, .writeOnly, options: [.create, .exclusiveCreate], permissions: [.ownerReadWrite])
        } catch {
            if error == .fileExists { return false }
            throw error
        }
        do {
            try fileSystem.writeAll(Array(text.utf8), to: descriptor)
            try fileSystem.close(descriptor)
        } catch {
            try? fileSystem.close(descriptor)
            try? fileSystem.remove(path)
            throw error
        }
        return true
    }

}
