import CNcursesw
import StayformCore
import Glibc

/// Checks that the process runs in a terminal ncurses can drive, before it takes the screen.
public enum TerminalRequirements {
    /// Why the wizard cannot start here, with what to do about it.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Sets the locale from the environment and checks the terminal; `nil` when all is well.
    public static func check(environment: [String: String]) -> Problem? {
        if isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
            return Problem(description: """
                stayform is a full-screen program: its standard input and output must be a terminal, \
                not a pipe or a file. Run it directly in a terminal window (or inside tmux/screen).
                """)
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            let found = term.isEmpty ? "TERM is not set" : "TERM is 'dumb'"
            return Problem(description: """
                \(found), so stayform cannot draw a full-screen form. \
                Set a real terminal type, for example: export TERM=xterm-256color
                """)
        }
        switch cnw_terminal_type_status(term) {
        case 0:
            return Problem(description: """
                TERM='\(term.terminalSafe)' is not a terminal type this machine knows (no terminfo entry). \
                Install the ncurses-term package, or set a known type: export TERM=xterm-256color
                """)
        case 2:
            return Problem(description: """
                TERM='\(term.terminalSafe)' cannot move the cursor, so stayform cannot draw a form on it. \
                Use a full-screen terminal type: export TERM=xterm-256color
                """)
        default:
            break
        }
        cnw_setlocale_from_environment()
        if cnw_locale_is_utf8() == 0 {
            return Problem(description: """
                The locale is not UTF-8, so names such as Müller or 山田 would be garbled. \
                Run stayform with a UTF-8 locale, for example: export LANG=C.UTF-8
                """)
        }
        return nil
    }
}
