import ArgumentParser
import StayformWizard

/// `stayform keys`: every key of the wizard and what it does, with the Ctrl and Alt keys that
/// stand in for F-keys where a terminal or a screen-share tool does not pass them on.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the wizard's keys, with the Ctrl and Alt keys that work where F-keys do not.",
        discussion: KeyList.lines().joined(separator: "\n"))

    func run() {
        printOutput(KeyList.lines().map { $0 + "\n" }.joined())
    }
}
