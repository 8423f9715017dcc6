import Foundation

/// Opens a draft whose passport scan is 255 MiB (just under what stayform hashes) and measures,
/// through a pseudo-terminal: when the first screen is drawn, when the file's facts reach the
/// screen, and how long keys pressed meanwhile wait (the bound: 16 ms).
enum LargeAttachmentBenchmark {
    static let fileSize = 255 << 20
    static let keys = 40
    static let silence = Duration.milliseconds(15)

    /// Report lines; `resources` is the repository (for the example draft), `scratch` a folder
    /// for the draft and the large file.
    static func run(binary: String, resources: String, scratch: String) -> [String] {
        guard access(binary, X_OK) == 0 else { return ["large attachment: skipped, no stayform at \(binary)"] }
        let folder = URL(fileURLWithPath: scratch).appendingPathComponent("large-attachment", isDirectory: true)
        let example = URL(fileURLWithPath: resources).appendingPathComponent("docs/examples/clean-evoa.json")
        let draft = folder.appendingPathComponent("draft.json")
        do {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("files"), withIntermediateDirectories: true)
            for file in try FileManager.default.contentsOfDirectory(atPath: example.deletingLastPathComponent().appendingPathComponent("files").path) {
                try? FileManager.default.copyItem(
                    at: example.deletingLastPathComponent().appendingPathComponent("files/\(file)"),
                    to: folder.appendingPathComponent("files/\(file)"))
            }
            // A PDF header, then the rest of the size written (not a hole), so it is read like a
            // scan; a mebibyte at a time, so this process stays small (the hostile-input
            // benchmark after it reports peaks that include ours).
            let scan = folder.appendingPathComponent("files/passport.pdf")
            guard FileManager.default.createFile(atPath: scan.path, contents: Data("%PDF-1.7\n".utf8)) else {
                return ["large attachment: skipped, cannot create \(scan.path)"]
            }
            let handle = try FileHandle(forWritingTo: scan)
            defer { try? handle.close() }
            try handle.seekToEnd()
            let chunk = Data(count: 1 << 20)
            for _ in 0..<(fileSize >> 20) - 1 { try handle.write(contentsOf: chunk) }
            try handle.write(contentsOf: Data(count: (1 << 20) - 9))
            try FileManager.default.copyItem(at: example, to: draft)
        } catch {
            return ["large attachment: skipped, cannot prepare the files: \(error)"]
        }
        let environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": scratch,
            "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
        ]
        var paints: [Duration] = []
        var waits: [Duration] = []
        for _ in 0..<3 {
            let start = ContinuousClock.now
            let terminal: PseudoTerminal
            do {
                terminal = try PseudoTerminal(
                    executable: binary, arguments: ["--draft", draft.path, "--today", "2026-11-21"],
                    environment: environment, columns: 100, rows: 30)
            } catch {
                return ["large attachment: FAILED: \(error)"]
            }
            // The first screen: until the resume page's first choice has been drawn.
            var drawn: [UInt8] = []
            var painted: Duration?
            while !String(decoding: drawn, as: UTF8.self).contains("Continue where you left off") {
                let response = terminal.read(until: silence, limit: .seconds(10), since: start)
                guard let last = response.lastByte else { break }
                drawn += response.bytes
                painted = last
            }
            if let painted { paints.append(painted) }
            // Keys while the file is read: up and down on the first page.
            for index in 0..<keys {
                let pressed = ContinuousClock.now
                terminal.write(Array((index % 2 == 0 ? "\u{1B}[B" : "\u{1B}[A").utf8))
                if let last = terminal.read(until: silence, limit: .seconds(2), since: pressed).lastByte { waits.append(last) }
            }
            terminal.write(Array("\u{1B}[21~".utf8))
            _ = terminal.waitForExit(timeout: .seconds(10))
        }
        func milliseconds(_ duration: Duration) -> String {
            String(format: "%.1f ms", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
        }
        let sorted = waits.sorted()
        guard let slowest = sorted.last, !paints.isEmpty else { return ["large attachment: FAILED: nothing drawn"] }
        return [
            "large attachment (a 255 MiB passport scan, read and hashed after the first paint; 3 starts): "
                + "first paint \(paints.map(milliseconds).joined(separator: ", ")); "
                + "\(waits.count) keys pressed while it is read: median \(milliseconds(sorted[sorted.count / 2])), max \(milliseconds(slowest)) (bound: 16 ms)"
        ]
    }
}
