import FoundationEssentials
import StayformCore
import StayformPersistence

/// Where themes are found: the shipped folder and the user's.
struct ThemeFolders: Sendable {
    let shipped: URL
    let user: URL?

    /// The themes of both folders, or only those `names` names.
    func scan(only names: Set<String>? = nil) -> ThemeCatalog {
        ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: user, only: names)
    }

    /// The theme to start with, reading only its files (and the default's) unless it cannot be
    /// used: then every theme is read, so the message (in `words`) can list them.
    func startingTheme(words: Words, named name: String) -> (Theme, problem: String?) {
        let chosen = scan(only: [name, ThemeCatalog.defaultName])
        let (theme, problem) = chosen.load(name: name, in: words)
        return problem == nil ? (theme, nil) : scan().load(name: name, in: words)
    }
}
