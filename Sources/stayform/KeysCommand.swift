import ArgumentParser
import StayformWizard

/// `stayform keys`: every key of the wizard and what it does, with the Ctrl and Alt keys that
/// stand in for F-keys where a terminal or a screen-share tool does not pass them on.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: LanguageChoice.words["help.keys.abstract"],
        discussion: KeyList.lines(LanguageChoice.words).joined(separator: "\n"))

    @OptionGroup var language: LanguageOption

    func run() {
        printOutput(KeyList.lines(language.chosen().words).map { $0 + "\n" }.joined())
    }
}
