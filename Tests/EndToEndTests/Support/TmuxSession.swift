import Foundation
import Testing

/// The built `stayform` binary running in a private tmux server, driven like a person would:
/// keys in with `send-keys`, the screen out with `capture-pane`.
final class TmuxSession {
    let socket: String
    let workDirectory: URL
    private let statusFile: URL

    /// Starts `stayform arguments` in a `columns`×`rows` terminal with a clean environment plus
    /// `environment`, and waits for its first screen.
    init(
        arguments: [String] = [], columns: Int = 100, rows: Int = 30,
        environment: [String: String] = [:], workDirectory: URL? = nil, shellPrefix: String = ""
    ) throws {
        socket = "stayform-e2e-\(UUID().uuidString.prefix(8))"
        self.workDirectory = try workDirectory ?? Scratch.makeDirectory()
        statusFile = self.workDirectory.appendingPathComponent("exit-status-\(socket)")
        var variables = [
            "HOME": self.workDirectory.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "TERM": "screen-256color", "XDG_DATA_HOME": self.workDirectory.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": self.workDirectory.appendingPathComponent("config").path,
        ]
        variables.merge(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Shell.quote($0.value))" }
        let command = (["env", "-i"] + assignments + [Shell.quote(StayformBinary.path)] + arguments.map(Shell.quote))
            .joined(separator: " ")
        let wrapped = "\(shellPrefix)\(command) 2>\(Shell.quote(stderrFile.path)); echo $? > \(Shell.quote(statusFile.path))"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", wrapped])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Where the program's standard error goes.
    var stderrFile: URL { workDirectory.appendingPathComponent("stderr-\(socket)") }

    /// The default draft's path inside this session's data directory.
    var defaultDraft: URL { workDirectory.appendingPathComponent("data/stayform/drafts/default.json") }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Pastes `text` the way a terminal does, as one bracketed paste.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-t", "0"])
    }

    /// Pastes `text` the way a terminal without bracketed paste does: the characters at once,
    /// each line break as Enter.
    func pasteUnbracketed(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-t", "0"])
    }

    /// Presses keys by tmux name: `Tab`, `BTab`, `Enter`, `Escape`, `F10`, `C-c`, `NPage`…
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// The visible screen, one string per row, trailing spaces trimmed.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    /// The cursor's column and row.
    func cursor() throws -> (column: Int, row: Int) {
        let parts = try tmux(["display", "-p", "-t", "0", "#{cursor_x},#{cursor_y}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        return (parts.first ?? -1, parts.last ?? -1)
    }

    /// A tmux format value of the pane, such as `#{pane_title}`.
    func paneFormat(_ format: String) throws -> String {
        try tmux(["display", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Waits until the screen satisfies `condition`; fails the test with the last screen if it
    /// never does within `timeout`.
    @discardableResult
    func waitForScreen(
        timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        while ContinuousClock.now < deadline {
            last = (try? screen()) ?? last
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("The screen never showed what was expected:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Waits for `text` to appear on the screen.
    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitForScreen(sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// On a new draft's first page, picks the first permit category and waits for field 1.1.
    func startNewDraft(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitFor("Which permit do you hold now?", sourceLocation: sourceLocation)
        try press("Enter")
        try waitFor("1.1 Full name", sourceLocation: sourceLocation)
    }

    /// On an existing draft's first page, continues where it was left.
    func resumeDraft(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitFor("Continue where you left off", sourceLocation: sourceLocation)
        try press("Enter")
    }

    /// Waits for the program to exit and returns its status; `nil` if it is still running.
    func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
                let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// The process id of the running `stayform`, a child of the pane's shell; `nil` once gone.
    func stayformPID() throws -> Int32? {
        guard let shell = Int32(try paneFormat("#{pane_pid}")) else { return nil }
        return ProcessTable.children(of: shell, named: "stayform").first
    }

    /// Ends the session the way closing a terminal window does: tmux hangs up the pane.
    func close() throws {
        try tmux(["kill-session", "-t", "0"])
    }

    /// Appends every byte the program writes to the pane to `file`, as the terminal gets it.
    func pipePane(to file: URL) throws {
        try tmux(["pipe-pane", "-t", "0", "cat >> \(Shell.quote(file.path))"])
    }

    /// What the program wrote to standard error.
    func standardError() -> String {
        (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Shell.run("/usr/bin/tmux", ["-L", socket] + arguments).output
    }
}
