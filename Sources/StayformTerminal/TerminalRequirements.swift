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
    public static func check(environment: [String: String]) -> Problem? {
        if isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
            return Problem(description: """
                stayform is a full-screen program: its standard input and output must be a terminal, \
                not a pipe or a file. Run it directly in a terminal window (or inside tmux/screen), or answer line by line: stayform --plain.
                """)
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            let found = term.isEmpty ? "TERM is not set" : "TERM is 'dumb'"
            return Problem(description: """
                \(found), so stayform cannot draw a full-screen form. \
                Set a real terminal type, for example: export TERM=xterm-256color
                """, suitsPlainMode: true)
        }
        switch cnw_terminal_type_status(term) {
        case 0:
            return Problem(description: """
                TERM='\(term.terminalSafe)' is not a terminal type this machine knows (no terminfo entry). \
                Install the ncurses-term package, or set a known type: export TERM=xterm-256color
                """, suitsPlainMode: true)
        case 2:
            return Problem(description: """
                TERM='\(term.terminalSafe)' cannot move the cursor, so stayform cannot draw a form on it. \
                Use a full-screen terminal type: export TERM=xterm-256color
                """, suitsPlainMode: true)
        default:
            break
        }
        return useUTF8Locale(environment: environment)
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
    private static func useUTF8Locale(environment: [String: String]) -> Problem? {
        let installed = cnw_setlocale_from_environment() != 0
        if cnw_locale_is_utf8() != 0 { return nil }
        let requested = requestedLocale(environment: environment)
        if !installed, let requested, namesUTF8(requested) {
            if cnw_setlocale_ctype("C.UTF-8") != 0, cnw_locale_is_utf8() != 0 { return nil }
            return Problem(description: """
                The locale '\(requested.terminalSafe)' is not installed on this machine, and neither is C.UTF-8. \
                Install it (Debian: apt-get install locales, then dpkg-reconfigure locales) or use one that \
                `locale -a` lists, for example: export LANG=C.UTF-8
                """)
        }
        let named = requested.map { " ('\($0.terminalSafe)')" } ?? " (LANG is not set)"
        return Problem(description: """
            The locale\(named) is not UTF-8, so names such as Müller or 山田 would be garbled. \
            Run stayform with a UTF-8 locale, for example: export LANG=C.UTF-8
            """)
    }
}
