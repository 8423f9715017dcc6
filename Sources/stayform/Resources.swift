import FoundationEssentials
import StayformCore
import StayformPersistence
import SystemPackage

/// The shipped packs and themes the running binary found.
struct Resources: Sendable {
    let locator: ResourceLocator
    /// The words its messages are written in.
    let words: Words
    /// Where packs parsed before are kept (`$XDG_CACHE_HOME/stayform`); `nil` when the running
    /// program cannot be identified, so every pack is parsed.
    let packCache: FormPackCache?

    /// The pack a new draft uses when none is named.
    static let defaultFormID = "stay-permit-extension"

    /// The packs and themes beside the running binary (or in `STAYFORM_RESOURCES`); a failure
    /// is told in `words`.
    static func locate(environment: [String: String], words: Words) throws(CommandFailure) -> Resources {
        guard let locator = ResourceLocator.forRunningBinary(environment: environment) else {
            throw CommandFailure(words["cli.resources.missing"])
        }
        let cacheDirectory = StayformPaths(environment: environment).cacheDirectory
        return Resources(locator: locator, words: words, packCache: FormPackCache(directory: FilePath(cacheDirectory.path)))
    }

    /// The installed pack with `id`. An id is a name, never a path: one that is not a pack id
    /// (`../x`, `/tmp/p`) is refused without touching the disk.
    func pack(id: String) throws(CommandFailure) -> FormPack {
        do {
            return try PackCatalog.installedPack(id: id, in: locator.formsDirectory, cache: packCache)
        } catch {
            throw CommandFailure(error, words: words)
        }
    }

    /// The draft at `path` read and checked on `today`, with its pack and attached files, its
    /// findings in `language`.
    func checkedDraft(at path: String, today: CalendarDate, language: Language) throws(CommandFailure) -> CheckedDraft {
        var checker = DraftChecker(today: today, language: language.code) { formID throws(DraftChecker.PackUnavailable) in
            do throws(CommandFailure) {
                return try pack(id: formID)
            } catch {
                throw DraftChecker.PackUnavailable(error.description)
            }
        }
        switch checker.inspect(path: path) {
        case .success(let checked): return checked
        case .failure(let unreadable): throw CommandFailure(unreadable.message)
        }
    }
}
