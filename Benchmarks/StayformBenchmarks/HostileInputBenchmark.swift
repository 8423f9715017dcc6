import Foundation

/// Runs the real `stayform` binary on hostile inputs — devices, a named pipe, a 10 MB name,
/// 3.5 million combining marks, a 100 MB pack, a pack whose 8 MB is one line of a list of 2.7
/// million values or 7 million nested brackets, a theme with a 20 MB line, and the largest
/// draft within every limit — and reports, for each, the wall time, the peak memory (maximum
/// resident set, which includes the benchmark's own, printed first) and how many bytes it
/// printed. Each run is stopped after 20 s.
enum HostileInputBenchmark {
    static let timeout: TimeInterval = 20

    /// One run of the binary: what it was given, and the command line.
    struct Case {
        var label: String
        var arguments: [String]
        var environment: [String: String] = [:]
    }

    /// Report lines; `binary` is the release `stayform`, `resources` the tree with Forms/ and
    /// Themes/, `scratch` a folder for the generated inputs.
    static func run(binary: String, resources: String, scratch: String) -> [String] {
        guard access(binary, X_OK) == 0 else {
            return ["hostile inputs: skipped, no stayform binary at \(binary) (build it: swift build -c release)"]
        }
        let folder = URL(fileURLWithPath: scratch).appendingPathComponent("hostile")
        let cases: [Case]
        do {
            cases = try makeInputs(in: folder, resources: resources)
        } catch {
            return ["hostile inputs: cannot write the inputs: \(error)"]
        }
        var own = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &own)
        var lines = [String(format: "hostile inputs (stayform stopped after %d s; peaks include this benchmark's %.1f MiB):",
            Int(timeout), Double(own.ru_maxrss) / 1024)]
        for input in cases {
            var environment = ["STAYFORM_RESOURCES": resources, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
            environment.merge(input.environment) { $1 }
            let outcome = measure(binary: binary, arguments: input.arguments, environment: environment)
            lines.append(
                "  \(input.label.padding(toLength: 44, withPad: " ", startingAt: 0)) "
                    + String(format: "%7.2f s %8.1f MiB peak %10d bytes printed, exit %@",
                        outcome.seconds, Double(outcome.peakKiB) / 1024, outcome.printedBytes,
                        outcome.timedOut ? "stopped" : "\(outcome.status)"))
        }
        try? FileManager.default.removeItem(at: folder)
        return lines
    }

    /// Writes the inputs into `folder`.
    private static func makeInputs(in folder: URL, resources: String) throws -> [Case] {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        func draft(_ name: String, values: [String: String], attachments: [String] = []) throws -> String {
            let object: [String: Any] = [
                "formatVersion": 1, "form": ["id": "stay-permit-extension", "edition": "2026-11"], "values": values,
                "attachments": ["passport": attachments.map { ["path": $0, "size": 1, "detectedType": "x", "sha256": "00"] }],
            ]
            let url = folder.appendingPathComponent(name)
            try JSONSerialization.data(withJSONObject: object).write(to: url)
            return url.path
        }
        /// Writes `head`, then `unit` `count` times, then `tail`, a mebibyte at a time, so that
        /// this process stays small (a spawned child's peak memory counts it).
        func write(_ name: String, _ head: String, _ unit: String, count: Int, _ tail: String) throws -> URL {
            let url = folder.appendingPathComponent(name)
            guard manager.createFile(atPath: url.path, contents: Data(head.utf8)),
                let handle = FileHandle(forWritingAtPath: url.path)
            else { throw CocoaError(.fileWriteUnknown) }
            defer { try? handle.close() }
            try handle.seekToEnd()
            let perChunk = max(1, (1 << 20) / max(1, unit.utf8.count))
            let chunk = Data(String(repeating: unit, count: perChunk).utf8)
            for _ in 0..<(count / perChunk) { try handle.write(contentsOf: chunk) }
            try handle.write(contentsOf: Data((String(repeating: unit, count: count % perChunk) + tail).utf8))
            return url
        }
        let draftHead = #"{"formatVersion": 1, "form": {"id": "stay-permit-extension", "edition": "2026-11"}, "values": {"applicant.full-name": "A"#
        let pipe = folder.appendingPathComponent("pipe.json").path
        if mkfifo(pipe, 0o600) != 0 { throw CocoaError(.fileWriteUnknown) }
        let name = try write("name.json", draftHead, "A", count: 10 << 20, "\"}}")
        let marks = try write("marks.json", draftHead, "\u{301}", count: 3_500_000, "\"}}")
        let packText = try String(contentsOfFile: resources + "/Forms/voa-extension.yaml", encoding: .utf8)
        let pack = try write("big-pack.yaml", packText + "# ", "x", count: 100 << 20, "\n")
        let flatList = try write("flat-list.yaml", "id: [", "a, ", count: 2_700_000, "a]\n")
        let deepList = try write("deep-list.yaml", "id: ", "[", count: 7 << 20, "\n")
        let themes = folder.appendingPathComponent("config/stayform/themes")
        try manager.createDirectory(at: themes, withIntermediateDirectories: true)
        _ = try write("config/stayform/themes/wide.yaml", "name: wide\nstyles:\n  normal: { fg: ", "k", count: 20 << 20, " }\n")
        // Every field of the shipped pack at just under the value limit.
        let fieldIDs = try String(contentsOfFile: resources + "/Forms/stay-permit-extension.yaml", encoding: .utf8)
            .split(separator: "\n").compactMap { line -> String? in
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.hasPrefix("- id: "), text.contains(".") else { return nil }
                return String(text.dropFirst("- id: ".count))
            }
        let atLimits = Dictionary(fieldIDs.map { ($0, "A" + String(repeating: "\u{301}", count: 8_000)) }) { first, _ in first }
        return [
            Case(label: "check /dev/zero", arguments: ["check", "/dev/zero"]),
            Case(label: "check a named pipe", arguments: ["check", pipe]),
            Case(label: "check, /dev/zero and /dev/urandom attached",
                arguments: ["check", try draft("devices.json", values: [:], attachments: ["/dev/zero", "/dev/urandom"])]),
            Case(label: "check a 10 MB name", arguments: ["check", name.path]),
            Case(label: "check 3.5 million combining marks (7 MB)", arguments: ["check", marks.path]),
            Case(label: "check every field at the value limit", arguments: ["check", try draft("limits.json", values: atLimits)]),
            Case(label: "forms validate a 100 MB pack", arguments: ["forms", "validate", pack.path]),
            Case(label: "forms validate a list of 2.7 million on one line", arguments: ["forms", "validate", flatList.path]),
            Case(label: "forms validate 7 million nested [", arguments: ["forms", "validate", deepList.path]),
            Case(label: "themes, one with a 20 MB line", arguments: ["themes"],
                environment: ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]),
        ]
    }

    /// Wall time, peak memory, bytes printed and exit status of one run.
    struct Outcome {
        var seconds: Double
        var peakKiB: Int
        var printedBytes: Int
        var status: Int32
        var timedOut: Bool
    }

    private static func measure(binary: String, arguments: [String], environment: [String: String]) -> Outcome {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("stayform-hostile-\(getpid()).out").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else {
            return Outcome(seconds: 0, peakKiB: 0, printedBytes: 0, status: -1, timedOut: false)
        }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if ContinuousClock.now - start > .seconds(timeout), !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(5_000)
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let printed = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(seconds: seconds, peakKiB: usage.ru_maxrss, printedBytes: printed,
            status: exitStatus, timedOut: timedOut)
    }
}
