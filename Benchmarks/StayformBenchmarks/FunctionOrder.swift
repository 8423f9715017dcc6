import Foundation

/// Records the order file the release link lays the executable's functions out by
/// (`make order` writes `Sources/stayform/stayform.order`): every function a session runs —
/// the start, 60 typed characters, a field move and quitting — in the order callgrind first
/// names them. Laid out together, they fill a few megabytes of pages instead of touching pages
/// all over the 20 MB of code, which is most of what a session's resident memory was.
///
/// A stale file costs only locality: functions it does not name are laid out after it.
///
///     StayformBenchmarks order Sources/stayform/stayform.order
enum FunctionOrder {
    /// Runs `binary` under callgrind on a pseudo-terminal and writes the functions it ran to
    /// `output`, one mangled name per line; returns the report line.
    static func record(binary: String, output: String, resources: String, scratch: String) -> String {
        guard let valgrind = ["/usr/bin/valgrind", "/usr/local/bin/valgrind"].first(where: FileManager.default.isExecutableFile)
        else { return "function order: not recorded: valgrind is missing (apt-get install valgrind)" }
        // valgrind cannot read the Swift toolchain's debug information: it runs a stripped copy.
        let copy = scratch + "/stayform-stripped"
        let strip = Process()
        strip.executableURL = URL(fileURLWithPath: "/usr/bin/strip")
        strip.arguments = ["-g", "-o", copy, binary]
        guard (try? strip.run()) != nil else { return "function order: not recorded: /usr/bin/strip cannot run" }
        strip.waitUntilExit()
        guard strip.terminationStatus == 0 else { return "function order: not recorded: strip failed" }

        let profile = scratch + "/order.callgrind"
        let environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": scratch,
            "XDG_DATA_HOME": scratch + "/order-data", "XDG_CONFIG_HOME": scratch + "/order-config",
            "XDG_CACHE_HOME": scratch + "/order-cache", "STAYFORM_RESOURCES": resources,
        ]
        let arguments = [
            "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + profile, copy, "--draft", scratch + "/order.json",
        ]
        // Twice: the first start parses the pack and writes its cache; the second, whose profile
        // replaces the first's, reads the cache as every start after the first does.
        for _ in 0..<2 {
            let terminal: PseudoTerminal
            do {
                terminal = try PseudoTerminal(
                    executable: valgrind, arguments: arguments, environment: environment, columns: 100, rows: 30)
            } catch {
                return "function order: not recorded: \(error)"
            }
            _ = terminal.read(until: .seconds(2), limit: .seconds(120))
            terminal.write([0x0D])
            _ = terminal.read(until: .milliseconds(300), limit: .seconds(20))
            for index in 0..<60 {
                terminal.write([UInt8(ascii: "a") + UInt8(index % 26)])
                _ = terminal.read(until: .milliseconds(100), limit: .seconds(20))
            }
            terminal.write(Array("\t".utf8))
            _ = terminal.read(until: .milliseconds(300), limit: .seconds(20))
            terminal.write(Array("\u{1B}[21~".utf8))
            _ = terminal.waitForExit(timeout: .seconds(60))
        }
        guard let text = try? String(contentsOfFile: profile, encoding: .utf8) else {
            return "function order: not recorded: callgrind wrote no profile"
        }
        let names = functionNames(inCallgrindProfile: text)
        guard (try? (names.joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)) != nil
        else { return "function order: not recorded: cannot write \(output)" }
        return "function order: \(names.count) functions written to \(output)"
    }

    /// The functions a callgrind profile names (`fn=(12) name`, `cfn=(12) name`), in the order
    /// it first names them, without addresses it could not name.
    static func functionNames(inCallgrindProfile text: String) -> [String] {
        var seen: Set<Substring> = []
        var names: [String] = []
        for line in text.split(separator: "\n") where line.hasPrefix("fn=(") || line.hasPrefix("cfn=(") {
            guard let close = line.firstIndex(of: ")") else { continue }
            let name = line[close...].dropFirst(2)
            guard !name.isEmpty, !name.hasPrefix("0x"), seen.insert(name).inserted else { continue }
            names.append(String(name))
        }
        return names
    }
}
