import ArgumentParser
import Foundation
import StayformCore
import StayformPersistence

/// `stayform themes`: lists the themes `--theme` and F9 can choose, then the theme files that
/// cannot be used and why. Names, summaries and messages are made terminal-safe: a theme file
/// cannot send escape sequences, tabs or line breaks to the listing.
struct ThemesCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes: name, summary, and whether shipped or yours (with its file).",
        discussion: """
            Your own themes go in $XDG_CONFIG_HOME/stayform/themes/ (~/.config/stayform/themes/), \
            one NAME.yaml file each; one with a shipped theme's name replaces it. Theme files that \
            cannot be used are listed on standard error, with the line and column of the problem.
            """)

    func execute() throws {
        let environment = ProcessInfo.processInfo.environment
        let resources = try Resources.locate(environment: environment)
        let catalog = ThemeCatalog.scan(
            shippedDirectory: resources.locator.themesDirectory,
            userDirectory: StayformPaths(environment: environment).userThemesDirectory)
        for entry in catalog.entries {
            let origin = entry.isUser ? "user: \(entry.url.path.terminalSafe)" : "shipped"
            printOutput("\(entry.name.terminalSafe)\t\(entry.summary.terminalSafe)\t\(origin)\n")
        }
        for problem in catalog.problems {
            printError("not usable: \(problem.description)")
        }
        if catalog.entries.isEmpty { throw ExitCode.failure }
    }
}
