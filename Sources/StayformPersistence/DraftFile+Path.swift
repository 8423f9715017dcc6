import SystemPackage

extension DraftFile {
    /// Where a draft named `path` is edited: checked before anything is locked or created, so a
    /// bad name leaves nothing behind (no `/.lock`, no lock beside a folder).
    ///
    /// An empty name, a folder or anything but a regular file is refused with a message saying
    /// what it is. A symbolic link is followed to the file it names, and that file is where
    /// the lock, the saves and the backup go: the link stays a link and the file it points to
    /// gets the edits (see docs/draft-format.md). A link to nothing is refused.
    ///
    ///     let (path, link) = try DraftFile.editingPath(for: "notes/visa.json")
    ///     // path: where to lock and save; link: the name given, when it was a link
    public static func editingPath(
        for path: FilePath, fileSystem: any FileSystem = POSIXFileSystem()
    ) throws(LoadError) -> (path: FilePath, linkedFrom: FilePath?) {
        guard !path.isEmpty, !path.string.allSatisfy({ $0 == " " }) else {
            throw LoadError(path: "--draft", message: "the draft's name is empty; name a file, e.g. --draft ~/visa/extension.json")
        }
        func folder() -> LoadError {
            LoadError(path: path.string, message: "this is a folder, not a draft; name a file in it, "
                + "e.g. --draft \(path.appending("extension.json"))")
        }
        guard let last = path.lastComponent, last.kind == .regular, !path.string.hasSuffix("/") else { throw folder() }
        let status: FileStatus
        do {
            status = try fileSystem.linkStatus(at: path)
        } catch .noSuchFileOrDirectory {
            return (path, nil)
        } catch {
            throw LoadError(path: path.string, message: "cannot look at the draft: \(error) (errno \(error.rawValue))")
        }
        switch status.type {
        case .regular:
            return (path, nil)
        case .directory:
            throw folder()
        case .symbolicLink:
            let target: FilePath
            do {
                target = try fileSystem.resolvingLinks(path)
            } catch {
                throw LoadError(path: path.string, message: "this is a symbolic link to a file that does not exist "
                    + "or cannot be reached (\(error)); point it at a draft, or name the draft itself with --draft")
            }
            let (resolved, _) = try editingPath(for: target, fileSystem: fileSystem)
            return (resolved, path)
        default:
            throw LoadError(path: path.string, message: "this is \(status.type), not a draft file; name a regular file with --draft")
        }
    }
}
