import Foundation
import StayformCore
import StayformPersistence

/// Measures whether a cache of parsed form packs would speed up start-up: the parse of each
/// shipped pack (YAML, then the pack's own checks, as every start does) against decoding the
/// same `FormPack` from the two formats Foundation offers, JSON and a binary property list.
///
/// A cache must also hash the pack file and read the cached copy, so it is only worth having
/// when decoding is at least `worthwhileSpeedUp` times faster than parsing.
///
///     pack load (stay-permit-extension.yaml, 3851 lines, 30 runs): parse p50 19.4 ms; …
enum PackLoadBenchmark {
    /// How much faster than parsing a cached copy must decode before a cache is worth its code.
    static let worthwhileSpeedUp = 3.0

    /// One report line per shipped pack. Paths are relative to the repository.
    static func run(iterations: Int = 30) -> [String] {
        ["stay-permit-extension", "voa-extension"].map { measure(pack: "Forms/\($0).yaml", iterations: iterations) }
    }

    private static func measure(pack path: String, iterations: Int) -> String {
        let text: String
        let pack: FormPack
        let json: Data
        let propertyList: Data
        do {
            text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
            pack = try FormPackLoader.parse(text, path: path)
            json = try JSONEncoder().encode(pack)
            let encoder = PropertyListEncoder()
            encoder.outputFormat = .binary
            propertyList = try encoder.encode(pack)
        } catch {
            return "pack load (\(path)): not measured: \(error)"
        }
        let clock = ContinuousClock()
        var parses: [Duration] = []
        var jsonDecodes: [Duration] = []
        var propertyListDecodes: [Duration] = []
        var mismatches = 0
        for _ in 0..<max(iterations, 1) {
            var start = clock.now
            let parsed = try? FormPackLoader.parse(text, path: path)
            parses.append(start.duration(to: clock.now))
            start = clock.now
            let fromJSON = try? JSONDecoder().decode(FormPack.self, from: json)
            jsonDecodes.append(start.duration(to: clock.now))
            start = clock.now
            let fromPropertyList = try? PropertyListDecoder().decode(FormPack.self, from: propertyList)
            propertyListDecodes.append(start.duration(to: clock.now))
            if parsed != pack || fromJSON != pack || fromPropertyList != pack { mismatches += 1 }
        }
        let lines = text.utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count
        let parse = Percentiles(parses).microseconds(0.5)
        func candidate(_ name: String, _ bytes: Data, _ samples: [Duration]) -> String {
            let median = Percentiles(samples).microseconds(0.5)
            let speedUp = Double(parse) / Double(max(median, 1))
            let verdict = speedUp >= worthwhileSpeedUp ? "worth caching" : "not worth caching"
            return "\(name) (\(bytes.count / 1024) KiB) p50 \(milliseconds(median)) ms = "
                + "\(String(format: "%.1f", speedUp))× faster, \(verdict)"
        }
        return "pack load (\(path), \(lines) lines, \(parses.count) runs): parse p50 \(milliseconds(parse)) ms; "
            + "cache decode: " + candidate("JSON", json, jsonDecodes) + "; "
            + candidate("binary property list", propertyList, propertyListDecodes)
            + (mismatches == 0 ? "" : "; \(mismatches) DECODED PACKS DIFFER from the parsed one")
    }

    /// Whole microseconds as milliseconds with one decimal: `19.4`.
    private static func milliseconds(_ microseconds: Int) -> String {
        String(format: "%.1f", Double(microseconds) / 1000)
    }
}
