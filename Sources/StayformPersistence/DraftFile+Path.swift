import StayformCore
import SystemPackage

extension DraftFile {
    /// Where a draft named `path` is edited: checked before anything is locked or created, so a
    /// bad name leaves nothing behind (no `/.lock`, no lock beside a folder).
    ///
    /// An empty name, a folder or anything but a regular file is refused with a message saying
    /// what it is. stayform never writes through a symbolic link: a draft named by a link is
    /// refused when it is to be edited, with a message naming the file the link points to, and
    /// followed only when `readingOnly` (`--read-only`), since nothing is then written (see
    /// docs/draft-format.md). A link to nothing is refused either way.
    ///
    ///     let (path, link) = try DraftFile.editingPath(for: "notes/visa.json")
    ///     // path: where to lock and save; link: the name given, when it was a link (read only)
    public static func editingPath(
        for path: FilePath, readingOnly: Bool = false, fileSystem: any FileSystem = POSIXFileSystem()
    ) throws(LoadError) -> (path: FilePath, linkedFrom: FilePath?) {
        guard !path.isEmpty, !path.string.allSatisfy({ $0 == " " }) else {
            throw LoadError(path: "--draft", problem: Phrase { words in words["load.draft-name.empty"] })
        }
        func folder() -> LoadError {
            let example = path.appending("extension.json").string
            return LoadError(path: path.string, problem: Phrase { words in
                words("load.draft-name.folder", ["example": example])
            })
        }
        guard let last = path.lastComponent, last.kind == .regular, !path.string.hasSuffix("/") else { throw folder() }
        let status: FileStatus
        do {
            status = try fileSystem.linkStatus(at: path)
        } catch .noSuchFileOrDirectory {
            return (path, nil)
        } catch {
            throw LoadError(path: path.string, problem: Phrase { words in
                words("load.draft-name.cannot-look", ["error": words.systemError(error)])
            })
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
                throw LoadError(path: path.string, problem: Phrase { words in
                    words("load.draft-name.broken-link", ["error": "\(error)"])
                })
            }
            guard readingOnly else {
                throw LoadError(path: path.string, problem: Phrase { words in
                    words("load.draft-name.link", ["target": target.string])
                })
            }
            let (resolved, _) = try editingPath(for: target, readingOnly: true, fileSystem: fileSystem)
            return (resolved, path)
        default:
            let type = status.type
            throw LoadError(path: path.string, problem: Phrase { words in
                words("load.draft-name.not-regular", ["type": type.name(in: words)])
            })
        }
    }
}
