import Foundation

/// Measures stayform against `dialog --form` in the same run, through the same pseudo-terminal
/// and the same keys, in interleaved rounds (so a busy machine slows both alike), and prints
/// the ratios the issue's targets are written in: start → first paint, key → output settled
/// (median, p99), CPU per key, bytes per typed character (autosave on) and per field move,
/// and peak RSS.
enum DialogComparison {
    static let rounds = 5
    static let keys = 200
    static let columns: UInt16 = 100
    static let rows: UInt16 = 30

    /// What one program did in one round.
    struct Round {
        var startToPaint: Duration
        var typed: [Duration] = []
        var moves: [Duration] = []
        var cpuPerKey: Duration = .zero
        var typedBytes = 0
        var moveBytes = 0
        var peakRSSKilobytes = 0
    }

    /// A program to measure: how to start it, and its keys.
    struct Contender {
        var name: String
        var executable: String
        var arguments: [String]
        var environment: [String: String]
        /// Keys that come after the first screen and before typing (choosing a category).
        var opening: [[UInt8]]
        /// Moves between fields: forward, then back.
        var next: [UInt8]
        var previous: [UInt8]
        /// Sent after every `charactersPerField` characters so a field never fills; not measured.
        var refill: [UInt8]
        var quit: [UInt8]
    }

    static let charactersPerField = 40

    static func run(stayform: String, scratch: String) -> [String] {
        guard let dialog = (["/usr/bin/dialog", "/bin/dialog"] as [String]).first(where: { access($0, X_OK) == 0 }) else {
            return ["versus dialog: skipped, dialog is not installed (make bench installs it)"]
        }
        guard access(stayform, X_OK) == 0 else { return ["versus dialog: skipped, no stayform at \(stayform)"] }
        let base = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": scratch,
            "XDG_DATA_HOME": scratch + "/versus-data", "XDG_CONFIG_HOME": scratch + "/versus-config",
            "XDG_CACHE_HOME": scratch + "/versus-cache",
        ]
        var formArguments = ["--form", "Stay permit application", "\(rows)", "\(columns)", "20"]
        for row in 1...20 {
            formArguments += ["Question \(row):", "\(row)", "1", "", "\(row)", "20", "60", "200"]
        }
        var results: [String: [Round]] = [:]
        for round in 0..<rounds {
            let contenders = [
                Contender(
                    name: "dialog", executable: dialog, arguments: formArguments, environment: base, opening: [],
                    // Arrows as xterm sends them in keypad mode (terminfo kcud1/kcuu1).
                    next: Array("\u{1B}OB".utf8), previous: Array("\u{1B}OA".utf8), refill: Array("\u{1B}OB".utf8),
                    quit: [0x1B, 0x1B]),
                Contender(
                    name: "stayform", executable: stayform, arguments: ["--draft", scratch + "/versus-\(round).json"],
                    environment: base, opening: [[0x0D]], next: Array("\t".utf8), previous: Array("\u{1B}[Z".utf8),
                    refill: [0x15], quit: Array("\u{1B}[21~".utf8)),
            ]
            for contender in contenders {
                switch measure(contender) {
                case .success(let result): results[contender.name, default: []].append(result)
                case .failure(let error): return ["versus dialog, \(contender.name): FAILED: \(error)"]
                }
            }
        }
        return report(dialog: results["dialog"] ?? [], stayform: results["stayform"] ?? [])
    }

    private static func measure(_ contender: Contender) -> Result<Round, PseudoTerminal.StartError> {
        let clock = ContinuousClock()
        let start = clock.now
        let terminal: PseudoTerminal
        do {
            terminal = try PseudoTerminal(
                executable: contender.executable, arguments: contender.arguments, environment: contender.environment,
                columns: columns, rows: rows)
        } catch {
            return .failure(error)
        }
        let first = terminal.read(until: .milliseconds(300), limit: .seconds(10), since: start)
        guard let painted = first.lastByte else {
            _ = terminal.waitForExit(timeout: .seconds(1))
            return .failure(PseudoTerminal.StartError(description: "nothing drawn within 10 s"))
        }
        var round = Round(startToPaint: painted)
        for key in contender.opening {
            terminal.write(key)
            _ = terminal.read(until: .milliseconds(100), limit: .seconds(5))
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        let cpuBefore = ProcessUsage.cpuTime(of: terminal.processID)
        for index in 0..<keys {
            if index > 0, index % charactersPerField == 0 {
                terminal.write(contender.refill)
                _ = terminal.read(until: .milliseconds(15), limit: .seconds(2))
            }
            let response = press([letters[index % letters.count]], on: terminal)
            round.typed.append(response.lastByte ?? .seconds(2))
            round.typedBytes += response.bytes.count
        }
        // What autosave draws after the last key belongs to typing too.
        round.typedBytes += terminal.read(until: .milliseconds(600), limit: .milliseconds(600)).bytes.count
        let cpuAfter = ProcessUsage.cpuTime(of: terminal.processID)
        round.cpuPerKey = (cpuAfter - cpuBefore) / keys
        for index in 0..<keys {
            let response = press(index % 2 == 0 ? contender.next : contender.previous, on: terminal)
            round.moves.append(response.lastByte ?? .seconds(2))
            round.moveBytes += response.bytes.count
        }
        round.peakRSSKilobytes = ProcessUsage.peakResidentKilobytes(of: terminal.processID)
        terminal.write(contender.quit)
        _ = terminal.waitForExit(timeout: .seconds(10))
        return .success(round)
    }

    private static func press(_ key: [UInt8], on terminal: PseudoTerminal) -> PseudoTerminal.Response {
        let start = ContinuousClock.now
        terminal.write(key)
        return terminal.read(until: .milliseconds(15), limit: .seconds(2), since: start)
    }

    /// The table: one row per measure, medians over the rounds, and the ratio.
    private static func report(dialog: [Round], stayform: [Round]) -> [String] {
        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        }
        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        }
        func percentile(_ samples: [Duration], _ fraction: Double) -> Double {
            Double(Percentiles(samples).microseconds(fraction)) / 1000
        }
        typealias Measure = (name: String, unit: String, value: (Round) -> Double, target: String)
        let measures: [Measure] = [
            ("start → first paint", "ms", { milliseconds($0.startToPaint) }, "≤ 2× dialog"),
            ("key → output settled, median", "ms", { percentile($0.typed, 0.5) }, "≤ 1.5× dialog"),
            ("key → output settled, p99", "ms", { percentile($0.typed, 0.99) }, "≤ 2 ms"),
            ("CPU per key", "ms", { milliseconds($0.cpuPerKey) }, "≤ 2× dialog"),
            ("bytes per typed character", "B", { Double($0.typedBytes) / Double(keys) }, "≤ 8"),
            ("field move → output settled, median", "ms", { percentile($0.moves, 0.5) }, ""),
            ("bytes per field move", "B", { Double($0.moveBytes) / Double(keys) }, "≤ 200"),
            ("peak RSS", "MB", { Double($0.peakRSSKilobytes) / 1024 }, "≤ 15 MB"),
        ]
        var lines = [
            "versus dialog --form (medians of \(rounds) interleaved rounds, \(keys) characters and \(keys) field moves each, "
                + "\(columns)×\(rows) pty; stayform with autosave on):",
            "  | measure | dialog | stayform | ratio | target |",
            "  |---|---|---|---|---|",
        ]
        for measure in measures {
            let theirs = median(dialog.map(measure.value))
            let ours = median(stayform.map(measure.value))
            let ratio = theirs > 0 ? String(format: "%.2f×", ours / theirs) : "–"
            lines.append(
                "  | \(measure.name) | \(String(format: "%.2f", theirs)) \(measure.unit) | "
                    + "\(String(format: "%.2f", ours)) \(measure.unit) | \(ratio) | \(measure.target) |")
        }
        return lines
    }
}

/// What the kernel says a process used: CPU time over its threads, and its peak RSS.
enum ProcessUsage {
    /// Time on a CPU of `pid`'s live threads, in nanoseconds, from /proc/PID/task/*/schedstat
    /// (the clock-tick counts of /proc/PID/stat are too coarse for a tenth of a millisecond).
    static func cpuTime(of pid: pid_t) -> Duration {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var total = 0
        for task in tasks {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8),
                let running = text.split(separator: " ").first.flatMap({ Int($0) })
            else { continue }
            total += running
        }
        return .nanoseconds(total)
    }

    /// `VmHWM` of `pid` in kilobytes.
    static func peakResidentKilobytes(of pid: pid_t) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
