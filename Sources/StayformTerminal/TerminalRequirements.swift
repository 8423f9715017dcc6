import CNcursesw
import StayformCore
import Glibc

/// Checks that the process runs in a terminal ncurses can drive, before it takes the screen.
public enum TerminalRequirements {
    /// Why the wizard cannot start here, with what to do about it.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public let description: String
        /// Whether the terminal only lacks what the full screen needs, so plain mode can run.
        public var suitsPlainMode = false
    }

    /// Sets the locale from the environment and checks the terminal; `nil` when all is well.
    /// The problem is said in `language`, by default the one the environment asks for.
    public static func check(environment: [String: String], language: Language? = nil) -> Problem? {
        let words = (language ?? Language(environment: environment)).words
        if isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
            return Problem(description: words["wizard.terminal.not-a-terminal"])
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            let key = term.isEmpty ? "wizard.terminal.term-unset" : "wizard.terminal.term-dumb"
            return Problem(description: words[key], suitsPlainMode: true)
        }
        switch cnw_terminal_type_status(term) {
        case 0:
            return Problem(description: words("wizard.terminal.term-unknown", ["term": term.terminalSafe]), suitsPlainMode: true)
        case 2:
            return Problem(description: words("wizard.terminal.term-no-cursor", ["term": term.terminalSafe]), suitsPlainMode: true)
        default:
            break
        }
        return useUTF8Locale(environment: environment, words: words)
    }

    /// The locale the environment asks for: `LC_ALL`, else `LC_CTYPE`, else `LANG`.
    static func requestedLocale(environment: [String: String]) -> String? {
        ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    }

    /// Whether a locale name asks for UTF-8 (`en_US.UTF-8`, `id_ID.utf8`).
    static func namesUTF8(_ locale: String) -> Bool {
        let codeset = locale.split(separator: ".").dropFirst().first?.split(separator: "@").first?.lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }

    /// Sets the environment's locale. When it asks for UTF-8 but is not installed (a fresh
    /// Debian has only C.UTF-8), characters are handled by C.UTF-8 instead; a locale that is
    /// not UTF-8 is refused, since names such as Müller or 山田 would be garbled.
    private static func useUTF8Locale(environment: [String: String], words: Words) -> Problem? {
        let installed = cnw_setlocale_from_environment() != 0
        if cnw_locale_is_utf8() != 0 { return nil }
        let requested = requestedLocale(environment: environment)
        if !installed, let requested, namesUTF8(requested) {
            if cnw_setlocale_ctype("C.UTF-8") != 0, cnw_locale_is_utf8() != 0 { return nil }
            return Problem(description: words("wizard.terminal.locale-missing", ["locale": requested.terminalSafe]))
        }
        return Problem(description: requested.map { words("wizard.terminal.locale-not-utf8", ["locale": $0.terminalSafe]) }
            ?? words["wizard.terminal.locale-unset"])
    }
}
