import Foundation
import StayformCore
import SystemPackage

/// Reads and durably writes one draft file.
///
/// A save writes a new file beside the draft (created exclusively, mode 0600), flushes it to
/// disk, renames it over the draft and flushes the directory, so that a crash or power cut
/// leaves either the old draft or the new one, never a mix. The directory is created 0700.
public struct DraftFile: Sendable {
    /// Where the draft lives.
    public let path: FilePath

    public init(path: FilePath) {
        self.path = path
    }

    /// Reads the draft; `nil` when there is no file yet.
    public func load() throws(LoadError) -> Draft? {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path.string))
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return nil
        } catch {
            throw LoadError(path: path.string, message: "cannot read the draft (\(error.localizedDescription))")
        }
        do {
            return try JSONDecoder().decode(Draft.self, from: data)
        } catch {
            throw LoadError(path: path.string,
                message: "the draft is not a valid stayform draft; it was left untouched")
        }
    }

    /// Writes `draft` durably, replacing the file.
    public func save(_ draft: Draft) throws(LoadError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(draft)
        } catch {
            throw LoadError(path: path.string, message: "cannot encode the draft")
        }
        do {
            try writeDurably(data)
        } catch {
            throw LoadError(path: path.string, message: "not saved: \(error)")
        }
    }

    private func writeDurably(_ data: Data) throws {
        let directory = path.removingLastComponent()
        try DraftFile.createPrivateDirectory(directory)
        let temporary = directory.appending(
            ".\(path.lastComponent?.string ?? "draft").\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = try FileDescriptor.open(
            temporary, .writeOnly, options: [.create, .exclusiveCreate, .truncate],
            permissions: [.ownerReadWrite])
        do {
            try descriptor.closeAfter {
                _ = try descriptor.writeAll(data)
                if fsync(descriptor.rawValue) != 0 { throw Errno(rawValue: errno) }
            }
            if rename(temporary.string, path.string) != 0 { throw Errno(rawValue: errno) }
        } catch {
            _ = unlink(temporary.string)
            throw error
        }
        let directoryDescriptor = try FileDescriptor.open(directory, .readOnly)
        try directoryDescriptor.closeAfter {
            if fsync(directoryDescriptor.rawValue) != 0 { throw Errno(rawValue: errno) }
        }
    }

    /// Creates `directory` and its parents; the last component is made 0700.
    static func createPrivateDirectory(_ directory: FilePath) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.string, isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            return
        }
        try FileManager.default.createDirectory(
            atPath: directory.string, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
    }
}
