import StayformCore
import SystemPackage

// The one way the commands write to standard output and standard error. Everything goes
// through `terminalSafeLines` (StayformCore/Text/TerminalSafeText.swift), so no escape, C1 or
// bidirectional-override character from a draft, a pack, a theme, a file name or an argument
// reaches the user's terminal: listings and reports keep their line breaks and tabs, a message
// is one line.

/// Writes `text` to standard output, made terminal-safe (line breaks and tabs kept).
///
///     printOutput(report.text)
func printOutput(_ text: String) {
    write(text.terminalSafeLines, to: .standardOutput)
}

/// Writes `message` to standard error as one line, prefixed with the program's name, made
/// terminal-safe (a line break or tab inside it is shown as a placeholder).
///
///     printError("no installed form pack has the id `\(id)`")
func printError(_ message: String) {
    write("stayform: \(message.terminalSafe)\n", to: .standardError)
}

/// Writes the argument parser's own messages (usage, help, "unknown option '…'", which quote
/// what was typed) made terminal-safe: to standard output for help, else standard error.
func printParserMessage(_ message: String, isError: Bool) {
    guard !message.isEmpty else { return }
    write(message.terminalSafeLines + "\n", to: isError ? .standardError : .standardOutput)
}

/// Writes `text` whole to `descriptor`; a closed or full output (a pipe whose reader left, a
/// full disk) loses the text but never stops the program.
private func write(_ text: String, to descriptor: FileDescriptor) {
    _ = try? descriptor.writeAll(text.utf8)
}
