import Foundation

/// Looks up processes in /proc, for tests that signal or watch the program under test.
enum ProcessTable {
    /// The ids of the live children of `parent` whose command name is `name`.
    static func children(of parent: Int32, named name: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { return false }
            let command = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // After the command: state, then the parent's id; a zombie ("Z") has exited.
            return command == name && fields.count > 1 && fields[0] != "Z" && Int32(fields[1]) == parent
        }
    }

    /// Whether process `pid` is still running (a zombie counts as gone).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    /// Waits until `pid` is gone; returns whether it went within `timeout`.
    static func waitUntilGone(_ pid: Int32, timeout: Duration = .seconds(5)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if !isRunning(pid) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return !isRunning(pid)
    }
}
