import Foundation

extension TmuxSession {
    /// The visible screen with its colours and attributes as escape sequences (`capture-pane -e`).
    func styledScreen() throws -> String {
        try Shell.run("/usr/bin/tmux", ["-L", socket, "capture-pane", "-e", "-p", "-t", "0"]).output
    }
}
