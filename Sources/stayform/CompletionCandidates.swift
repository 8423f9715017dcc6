import ArgumentParser
import FoundationEssentials
import StayformPersistence

/// What the shell completions offer for values that only the installed program knows: the
/// ids of the installed form packs and the names of the themes (shipped and the user's own).
///
/// The completion scripts (`stayform --generate-completion-script bash|zsh|fish`) call the
/// program back to list them, so a pack or theme added later completes without a new script.
enum CompletionCandidates {
    /// `--form ID` and `stayform forms show ID`.
    static let packIDs = CompletionKind.custom { _, _, _ in
        let environment = ProcessInfo.processInfo.environment
        guard let resources = try? Resources.locate(environment: environment, words: LanguageChoice.words) else {
            return []
        }
        return PackCatalog.scan(directory: resources.locator.formsDirectory, cache: resources.packCache).entries.map(\.id)
    }

    /// `--theme NAME`.
    static let themeNames = CompletionKind.custom { _, _, _ in
        let environment = ProcessInfo.processInfo.environment
        guard let resources = try? Resources.locate(environment: environment, words: LanguageChoice.words) else {
            return []
        }
        return ThemeCatalog.scan(
            shippedDirectory: resources.locator.themesDirectory,
            userDirectory: StayformPaths(environment: environment).userThemesDirectory
        ).entries.map(\.name)
    }

    /// A draft: a JSON file.
    static let drafts = CompletionKind.file(extensions: ["json"])

    /// A form pack file.
    static let packFiles = CompletionKind.file(extensions: ["yaml", "yml"])
}
