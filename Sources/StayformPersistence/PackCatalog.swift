import FoundationEssentials
import StayformCore
import SystemPackage

/// The form packs installed in a directory (`Forms/`): each file ending in `.yaml` or `.yml`.
///
///     let catalog = PackCatalog.scan(directory: formsDirectory)
///     for entry in catalog.entries { print(entry.id, entry.edition) }
///     for problem in catalog.problems { print(problem) }   // packs that did not load
public struct PackCatalog: Sendable {
    /// One pack that loaded: its id, title, edition and file.
    public struct Entry: Hashable, Sendable {
        public var id: String
        public var title: LocalizedText
        public var edition: String
        public var url: URL
    }

    /// The packs that loaded, sorted by id.
    public var entries: [Entry]
    /// Why the other files were not usable packs (the first problem of each).
    public var problems: [LoadError]

    /// Loads every pack file in `directory` (through `cache`, if given). A missing or unreadable
    /// directory is a problem, not a crash.
    public static func scan(directory: URL, cache: FormPackCache? = nil) -> PackCatalog {
        let names: [String]
        do {
            names = try POSIXFileSystem().entries(of: FilePath(directory.path))
        } catch {
            return PackCatalog(entries: [], problems: [LoadError(path: directory.path, problem: Phrase { words in
                words("pack.list.unreadable", ["error": words.systemError(error)])
            })])
        }
        var entries: [Entry] = []
        var problems: [LoadError] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            do {
                let pack = try FormPackLoader.load(contentsOf: url, cache: cache)
                if let first = entries.first(where: { $0.id == pack.id }) {
                    let other = first.url.lastPathComponent
                    problems.append(LoadError(path: url.path, problem: Phrase { words in
                        words("pack.list.duplicate-id", ["id": pack.id, "other": other])
                    }))
                    continue
                }
                entries.append(Entry(id: pack.id, title: pack.title, edition: pack.edition, url: url))
            } catch {
                problems.append(error)
            }
        }
        return PackCatalog(entries: entries.sorted { $0.id < $1.id }, problems: problems)
    }

    /// Whether `id` is a pack id: lower-case letters, digits, `-`, `.` and `_`, starting with a
    /// letter — a name, never a path.
    ///
    ///     PackCatalog.isPackID("stay-permit-extension")   // true
    ///     PackCatalog.isPackID("../../tmp/evil")          // false
    public static func isPackID(_ id: String) -> Bool {
        NodeReader.isIdentifier(id) && id.utf8.count <= 100
    }

    /// The pack with `id` installed in `directory` (its file `<id>.yaml`), which must say it
    /// is that pack. A draft's `form.id` is looked up here, as a name only. The pack is taken
    /// from `cache` when it holds this pack file's parse.
    public static func installedPack(
        id: String, in directory: URL, cache: FormPackCache? = nil
    ) throws(LoadError) -> FormPack {
        guard isPackID(id) else {
            let shown = String(id.prefix(100))
            throw LoadError(path: "form.id", problem: Phrase { words in words("pack.install.bad-id", ["id": shown]) })
        }
        let url = directory.appendingPathComponent("\(id).yaml")
        let pack: FormPack
        do {
            pack = try FormPackLoader.load(contentsOf: url, cache: cache)
        } catch {
            if (try? POSIXFileSystem().linkStatus(at: FilePath(url.path))) == nil {
                throw LoadError(path: url.path, problem: Phrase { words in words("pack.install.missing", ["id": id]) })
            }
            throw error
        }
        guard pack.id == id else {
            let held = pack.id
            throw LoadError(path: url.path, problem: Phrase { words in
                words("pack.install.other-id", ["held": held, "id": id])
            })
        }
        return pack
    }

    /// The entry with `id`.
    public func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }
}
