import Foundation

/// Measures the real `stayform` binary through a pseudo-terminal, as a person typing sees it:
/// for each typed character and each field move, the time from the key to the first byte drawn
/// back, and how many bytes are drawn (until 15 ms of silence). Runs on the shipped pack and on
/// a generated 1,000-field pack, each with autosave on and off.
enum KeystrokeBenchmark {
    /// How many characters are typed, and how many field moves made, per run.
    static let keys = 300
    /// Characters typed before the field is emptied again (Ctrl-U), within every field's limit.
    static let charactersPerField = 50
    static let columns: UInt16 = 100
    static let rows: UInt16 = 30
    /// A response is over after this long without a byte.
    static let silence = Duration.milliseconds(15)
    /// The first screen is over after this long without a byte.
    static let startupSilence = Duration.milliseconds(200)

    /// One way of running the program.
    struct Setup {
        var label: String
        var arguments: [String]
        var environment: [String: String]
    }

    /// One key: its response time (`nil`: nothing was drawn) and the bytes drawn.
    struct Sample {
        var response: Duration?
        var bytes: [UInt8]
    }

    /// Runs every setup; returns report lines. `binary` is the release `stayform`, `scratch` a
    /// folder for drafts and the generated pack.
    static func run(binary: String, scratch: String) -> [String] {
        guard access(binary, X_OK) == 0 else {
            return ["keystrokes: skipped, no stayform binary at \(binary) (build it: swift build -c release)"]
        }
        let scratchURL = URL(fileURLWithPath: scratch, isDirectory: true)
        var setups = [
            Setup(label: "shipped pack, autosave on", arguments: [], environment: [:]),
            Setup(label: "shipped pack, autosave off", arguments: ["--no-autosave"], environment: [:]),
        ]
        var lines: [String] = []
        let resources = scratchURL.appendingPathComponent("keystroke-resources", isDirectory: true)
        switch writeGeneratedPack(in: resources, sections: 20, fieldsPerSection: 50) {
        case .success(let id):
            let environment = ["STAYFORM_RESOURCES": resources.path]
            setups.append(Setup(label: "1,000-field pack, autosave on", arguments: ["--form", id], environment: environment))
            setups.append(Setup(
                label: "1,000-field pack, autosave off", arguments: ["--form", id, "--no-autosave"],
                environment: environment))
        case .failure(let error):
            lines.append("keystrokes: no 1,000-field run: \(error)")
        }
        for (index, setup) in setups.enumerated() {
            let draft = scratchURL.appendingPathComponent("bench-\(index).json").path
            var environment = [
                "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": scratch,
                "XDG_DATA_HOME": scratchURL.appendingPathComponent("data").path,
                "XDG_CONFIG_HOME": scratchURL.appendingPathComponent("config").path,
            ]
            environment.merge(setup.environment) { $1 }
            switch measure(binary: binary, arguments: ["--draft", draft] + setup.arguments, environment: environment) {
            case .success(let (typing, moves, status)):
                lines.append(report(setup.label, typing: typing, moves: moves, exitStatus: status))
                if index == 0 { lines += anatomy(of: typing) }
            case .failure(let error):
                lines.append("keystrokes, \(setup.label): FAILED: \(error)")
            }
        }
        return lines
    }

    /// Starts the program, waits for its first screen, types and moves, then quits with F10.
    private static func measure(
        binary: String, arguments: [String], environment: [String: String]
    ) -> Result<(typing: [Sample], moves: [Sample], exitStatus: Int32), PseudoTerminal.StartError> {
        let terminal: PseudoTerminal
        do {
            terminal = try PseudoTerminal(
                executable: binary, arguments: arguments, environment: environment, columns: columns, rows: rows)
        } catch {
            return .failure(error)
        }
        let screen = terminal.read(until: startupSilence, limit: .seconds(10))
        guard screen.firstByte != nil else {
            _ = terminal.waitForExit(timeout: .seconds(1))
            return .failure(PseudoTerminal.StartError(description: "the program drew nothing within 10 s"))
        }
        // A new draft of a pack with permit categories first asks for one: take the first.
        if String(decoding: screen.bytes, as: UTF8.self).contains("Which permit") {
            terminal.write([0x0D])
            _ = terminal.read(until: startupSilence, limit: .seconds(5))
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        var typing: [Sample] = []
        for index in 0..<keys {
            if index > 0, index % charactersPerField == 0 {
                terminal.write([0x15])  // Ctrl-U: empty the field again; not measured
                _ = terminal.read(until: silence, limit: .seconds(2))
            }
            typing.append(press([letters[index % letters.count]], on: terminal))
        }
        var moves: [Sample] = []
        for index in 0..<keys {
            moves.append(press(index % 2 == 0 ? Array("\t".utf8) : Array("\u{1B}[Z".utf8), on: terminal))
        }
        terminal.write(Array("\u{1B}[21~".utf8))  // F10: save and quit
        return .success((typing, moves, terminal.waitForExit(timeout: .seconds(10))))
    }

    private static func press(_ key: [UInt8], on terminal: PseudoTerminal) -> Sample {
        let start = ContinuousClock.now
        terminal.write(key)
        let response = terminal.read(until: silence, limit: .seconds(2), since: start)
        return Sample(response: response.firstByte, bytes: response.bytes)
    }

    /// `keystrokes, LABEL (N characters, N moves): typed character p50 …, bytes mean … p99 …; …`
    private static func report(_ label: String, typing: [Sample], moves: [Sample], exitStatus: Int32) -> String {
        func summary(_ samples: [Sample]) -> String {
            let times = samples.compactMap(\.response)
            let silent = samples.count - times.count
            let counts = samples.map(\.bytes.count).sorted()
            let mean = Double(counts.reduce(0, +)) / Double(max(counts.count, 1))
            let p99 = counts.isEmpty ? 0 : counts[min(counts.count - 1, Int((0.99 * Double(counts.count)).rounded(.up)) - 1)]
            let nothing = silent > 0 ? ", \(silent) drew nothing" : ""
            return "\(Percentiles(times).summary()), bytes mean \(String(format: "%.1f", mean)), p99 \(p99)\(nothing)"
        }
        let quit = exitStatus == 0 ? "" : "; quit with status \(exitStatus)"
        return "keystrokes, \(label) (\(typing.count) characters, \(moves.count) Tab/Shift-Tab, "
            + "\(columns)×\(rows) pty): typed character \(summary(typing)); field move \(summary(moves))\(quit)"
    }

    /// What one typical typed character draws, and the largest, with escapes visible.
    private static func anatomy(of typing: [Sample]) -> [String] {
        guard typing.count > 10 else { return [] }
        var lines = ["  one typed character draws (\(typing[10].bytes.count) bytes): \(visible(typing[10].bytes))"]
        if let largest = typing.max(by: { $0.bytes.count < $1.bytes.count }), largest.bytes.count > typing[10].bytes.count {
            let shown = largest.bytes.count > 400 ? Array(largest.bytes.prefix(400)) : largest.bytes
            let more = largest.bytes.count > 400 ? "…" : ""
            lines.append("  the largest typed character draws (\(largest.bytes.count) bytes): \(visible(shown))\(more)")
        }
        return lines
    }

    /// `bytes` with escape and control characters written as `\e`, `\r`, `\x07`.
    private static func visible(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x1B: return "\\e"
            case 0x0D: return "\\r"
            case 0x0A: return "\\n"
            case 0..<0x20, 0x7F: return String(format: "\\x%02x", scalar.value)
            default: return String(scalar)
            }
        }.joined()
    }
}
