import FoundationEssentials
import Glibc
import StayformCore
import SystemPackage

/// One draft file on disk: durable saves with a backup of the previous version, and loading
/// that explains exactly what is wrong with a bad file and never overwrites it.
///
/// A save writes a new file beside the draft (created exclusively, mode 0600), flushes it to
/// disk, keeps the previous version as `<name>.bak` (a hard link, so no copy), renames the new
/// file over the draft and flushes the folder: a crash or power cut leaves either the old draft
/// or the new one, never a mix. Missing folders are created 0700; an existing folder is left as
/// it is (it may be the user's own, such as `~/Documents`), the files in it are 0600 anyway.
///
/// The file remembers which version of the draft it last read or wrote, and refuses to replace
/// anything else: a draft that failed to load, or that something else changed, stays as it is.
///
///     var file = DraftFile(path: "/home/ana/.local/state/stayform/extension.json")
///     var draft = try file.load(formID: pack.id) ?? Draft(pack: pack)
///     draft.values["applicant.full-name"] = "Ana Lima"
///     try file.save(draft)
public struct DraftFile: Sendable {
    /// Where the draft lives.
    public let path: FilePath
    /// Where the previous good version is kept (`<draft>.bak`).
    public var backupPath: FilePath { FilePath(path.string + ".bak") }

    let fileSystem: any FileSystem
    /// The version of the draft on disk that this session read or wrote, if any.
    private(set) var trustedVersion: FileVersion?
    private var directoryIsReady = false

    /// A draft file at `path`, using the real file system unless told otherwise.
    public init(path: FilePath, fileSystem: any FileSystem = POSIXFileSystem()) {
        self.path = path
        self.fileSystem = fileSystem
    }

    /// Reads the draft; `nil` when there is no file yet. With a `formID`, a draft of another
    /// form is refused; with `nil`, any form is accepted.
    ///
    /// Throws a `LoadError` naming the file, the line and column when there is one, what is
    /// wrong and how to recover; the file is left untouched and this `DraftFile` will not
    /// overwrite it.
    public mutating func load(formID: String?) throws(LoadError) -> Draft? {
        guard let (draft, version) = try DraftFile.read(path, formID: formID, backup: backupPath, fileSystem: fileSystem) else {
            return nil
        }
        trustedVersion = version
        return draft
    }

    /// When the draft this session last read or wrote was modified on disk, if it did either.
    public var modificationDate: Date? {
        trustedVersion.map { Date(timeIntervalSince1970: Double($0.modificationNanoseconds) / 1_000_000_000) }
    }

    /// Opens the backup (`--recover`), typically after the draft failed to load.
    ///
    /// The draft in place is moved aside, byte for byte, to `<draft>.broken-N` (or, if it
    /// loads fine, `<draft>.replaced-N`), named in the result, so that saves can go to the usual
    /// place; the backup stays until the second save.
    public mutating func recoverFromBackup(formID: String?) throws(LoadError) -> DraftRecovery {
        guard let (draft, _) = try DraftFile.read(backupPath, formID: formID, backup: nil, fileSystem: fileSystem) else {
            throw LoadError(path: backupPath.string, problem: Phrase { words in words["load.recover.no-backup"] })
        }
        var setAside: FilePath?
        if (try? fileSystem.status(at: path)) != nil {
            let readable = (try? DraftFile.read(path, formID: formID, backup: nil, fileSystem: fileSystem)) != nil
            setAside = try moveAside(as: readable ? "replaced" : "broken")
        }
        trustedVersion = nil
        return DraftRecovery(draft: draft, setAsideDraftPath: setAside)
    }

    /// Writes `draft` durably, keeping the version it replaces as the backup.
    ///
    /// Returns only once the draft is on disk; any failure means it is not saved.
    public mutating func save(_ draft: Draft) throws(DraftSaveError) {
        try save(bytes: draft.fileText())
    }

    private mutating func save(bytes: [UInt8]) throws(DraftSaveError) {
        let directory = path.removingLastComponent()
        if !directoryIsReady {
            do {
                try DraftFile.createPrivateDirectory(directory, fileSystem: fileSystem)
            } catch {
                throw DraftSaveError(path: path.string, step: .createDirectory, errno: error)
            }
            directoryIsReady = true
            removeTemporaryFilesLeftByCrashes()
        }
        let replacesTrustedVersion = try checkExisting()

        let temporary = DraftFile.uniqueSibling(of: path, suffix: "tmp")
        let version: FileVersion
        do {
            version = try writeSynchronized(bytes, to: temporary)
        } catch {
            try? fileSystem.remove(temporary)
            throw error
        }
        if replacesTrustedVersion {
            do {
                try keepBackup()
            } catch {
                try? fileSystem.remove(temporary)
                throw error
            }
        }
        do {
            try fileSystem.rename(temporary, to: path)
        } catch {
            try? fileSystem.remove(temporary)
            throw DraftSaveError(path: path.string, step: .replace, errno: error)
        }
        trustedVersion = version
        do {
            try DraftFile.synchronizeDirectory(directory, fileSystem: fileSystem)
        } catch {
            throw DraftSaveError(path: path.string, step: .synchronizeDirectory, errno: error)
        }
    }

    /// Whether a draft is on disk that this session may replace (and back up). Throws when the
    /// file on disk is one this session did not read or write.
    private func checkExisting() throws(DraftSaveError) -> Bool {
        let current: FileStatus
        do {
            current = try fileSystem.status(at: path)
        } catch .noSuchFileOrDirectory {
            return false
        } catch {
            throw DraftSaveError(path: path.string, step: .checkExisting, errno: error)
        }
        guard current.version == trustedVersion else {
            throw DraftSaveError(
                path: path.string, step: .checkExisting, errno: nil,
                problem: Phrase { words in words["save.changed-on-disk"] })
        }
        return true
    }

    /// Creates `temporary` (exclusively, 0600), writes and flushes it; returns its version.
    private func writeSynchronized(_ bytes: [UInt8], to temporary: FilePath) throws(DraftSaveError) -> FileVersion {
        let descriptor: FileDescriptor
        do {
            descriptor = try fileSystem.open(
                temporary, .writeOnly, options: [.create, .exclusiveCreate], permissions: [.ownerReadWrite])
        } catch {
            throw DraftSaveError(path: path.string, step: .createTemporary, errno: error)
        }
        do {
            try fileSystem.writeAll(bytes, to: descriptor)
        } catch {
            try? fileSystem.close(descriptor)
            throw DraftSaveError(path: path.string, step: .write, errno: error)
        }
        let status: FileStatus
        do {
            try fileSystem.synchronize(descriptor)
            status = try fileSystem.status(of: descriptor)
        } catch {
            try? fileSystem.close(descriptor)
            throw DraftSaveError(path: path.string, step: .synchronize, errno: error)
        }
        do {
            try fileSystem.close(descriptor)
        } catch {
            throw DraftSaveError(path: path.string, step: .write, errno: error)
        }
        return status.version
    }

    /// Makes the backup name point at the draft about to be replaced: a hard link under a
    /// unique name, renamed over the old backup (so a crash never leaves no backup).
    private func keepBackup() throws(DraftSaveError) {
        let linkPath = DraftFile.uniqueSibling(of: backupPath, suffix: "tmp")
        do {
            try fileSystem.link(path, to: linkPath)
            try fileSystem.rename(linkPath, to: backupPath)
        } catch {
            try? fileSystem.remove(linkPath)
            throw DraftSaveError(path: path.string, step: .backup, errno: error)
        }
    }

    /// Moves the draft to the first free `<draft>.<label>-N`, without rewriting it.
    private func moveAside(as label: String) throws(LoadError) -> FilePath {
        for number in 1...999 {
            let candidate = FilePath(path.string + ".\(label)-\(number)")
            do {
                try fileSystem.link(path, to: candidate)
            } catch .fileExists {
                continue
            } catch {
                throw LoadError(path: path.string, problem: Phrase { words in
                    words("load.recover.cannot-move", ["error": "\(error)"])
                })
            }
            do {
                try fileSystem.remove(path)
                try DraftFile.synchronizeDirectory(path.removingLastComponent(), fileSystem: fileSystem)
            } catch {
                throw LoadError(path: path.string, problem: Phrase { words in
                    words("load.recover.cannot-remove", ["error": "\(error)", "copy": candidate.string])
                })
            }
            return candidate
        }
        throw LoadError(path: path.string, problem: Phrase { words in
            words("load.recover.too-many-copies", ["label": label])
        })
    }

    /// Removes the temporary files of saves that a crash interrupted (other processes' temporary
    /// files for this draft: the draft's lock means no other process is saving it). They hold
    /// personal data and are never read. Failures are ignored: the files are only clutter.
    private func removeTemporaryFilesLeftByCrashes() {
        let directory = path.removingLastComponent()
        let entries = (try? fileSystem.entries(of: directory.isEmpty ? "." : directory)) ?? []
        for name in [path, backupPath].compactMap(\.lastComponent?.string) {
            let prefix = ".\(name)."
            for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
                let parts = entry.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".")
                guard parts.count == 2, let pid = Int32(parts[0]), UInt64(parts[1]) != nil, pid != getpid() else {
                    continue
                }
                try? fileSystem.remove(directory.appending(entry))
            }
        }
    }

    /// A new name beside `path` that no other save (in this or another process) uses.
    static func uniqueSibling(of path: FilePath, suffix: String) -> FilePath {
        let directory = path.removingLastComponent()
        let name = path.lastComponent?.string ?? "draft"
        return directory.appending(".\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).\(suffix)")
    }

    /// Creates `directory` and any missing parents, each 0700.
    static func createPrivateDirectory(_ directory: FilePath, fileSystem: any FileSystem) throws(Errno) {
        if let status = try? fileSystem.status(at: directory), status.isDirectory { return }
        if directory.components.count > 0, !directory.removingLastComponent().isEmpty {
            try createPrivateDirectory(directory.removingLastComponent(), fileSystem: fileSystem)
        }
        do {
            try fileSystem.createDirectory(directory, permissions: [.ownerReadWriteExecute])
        } catch .fileExists {
            return
        }
    }

    static func synchronizeDirectory(_ directory: FilePath, fileSystem: any FileSystem) throws(Errno) {
        let descriptor = try fileSystem.open(
            directory.isEmpty ? "." : directory, .readOnly, options: [.directory], permissions: nil)
        do {
            try fileSystem.synchronize(descriptor)
        } catch {
            try? fileSystem.close(descriptor)
            throw error
        }
        try fileSystem.close(descriptor)
    }
}

/// A draft recovered from its backup.
public struct DraftRecovery: Hashable, Sendable {
    /// The last good version.
    public var draft: Draft
    /// Where the draft that was in place (unreadable, or replaced by the backup) was moved,
    /// unchanged; `nil` when there was none.
    public var setAsideDraftPath: FilePath?
}
