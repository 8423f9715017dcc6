import ArgumentParser
import FoundationEssentials
import StayformCore
import StayformPersistence

/// `stayform themes`: lists the themes `--theme` and F9 can choose, then the theme files that
/// cannot be used and why. Names, summaries and messages are made terminal-safe: a theme file
/// cannot send escape sequences, tabs or line breaks to the listing.
struct ThemesCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: LanguageChoice.words["help.themes.abstract"],
        discussion: LanguageChoice.words["help.themes.discussion"])

    @OptionGroup var language: LanguageOption

    func execute() throws {
        let environment = ProcessInfo.processInfo.environment
        let words = language.chosen(environment: environment).words
        let resources = try Resources.locate(environment: environment, words: words)
        let catalog = ThemeCatalog.scan(
            shippedDirectory: resources.locator.themesDirectory,
            userDirectory: StayformPaths(environment: environment).userThemesDirectory)
        for entry in catalog.entries {
            let origin = entry.isUser ? words("themes.user", ["path": entry.url.path.terminalSafe]) : words["themes.shipped"]
            printOutput("\(entry.name.terminalSafe)\t\(entry.summary.terminalSafe)\t\(origin)\n")
        }
        for problem in catalog.problems {
            printError(words("themes.not-usable", ["problem": CommandFailure.message(of: problem, in: words)]))
        }
        if catalog.entries.isEmpty { throw ExitCode.failure }
    }
}
