import Foundation
import StayformCore

// The one way the commands write to standard output and standard error. Everything goes
// through `terminalSafeLines` (StayformCore/Text/TerminalSafeText.swift), so no escape, C1 or
// bidirectional-override character from a draft, a pack, a theme, a file name or an argument
// reaches the user's terminal: listings and reports keep their line breaks and tabs, a message
// is one line.

/// Writes `text` to standard output, made terminal-safe (line breaks and tabs kept).
///
///     printOutput(report.text)
func printOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.terminalSafeLines.utf8))
}

/// Writes `message` to standard error as one line, prefixed with the program's name, made
/// terminal-safe (a line break or tab inside it is shown as a placeholder).
///
///     printError("no installed form pack has the id `\(id)`")
func printError(_ message: String) {
    FileHandle.standardError.write(Data("stayform: \(message.terminalSafe)\n".utf8))
}

/// Writes the argument parser's own messages (usage, help, "unknown option '…'", which quote
/// what was typed) made terminal-safe: to standard output for help, else standard error.
func printParserMessage(_ message: String, isError: Bool) {
    guard !message.isEmpty else { return }
    let handle = isError ? FileHandle.standardError : FileHandle.standardOutput
    handle.write(Data((message.terminalSafeLines + "\n").utf8))
}
