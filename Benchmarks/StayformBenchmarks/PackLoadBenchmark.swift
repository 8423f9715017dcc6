import Foundation
import StayformCore
import StayformPersistence
import SystemPackage

/// Measures the pack cache: loading each shipped pack by parsing it (YAML, then the pack's own
/// checks, as a start without a cache does) against loading it from a warm `FormPackCache`
/// (read the cache file, hash the pack file, check and decode), and the first load of a
/// changed pack, which parses and writes the cache.
///
///     pack load (Forms/stay-permit-extension.yaml, 3851 lines, 30 runs): parse 19.4 ms, cache 4.0 ms …
enum PackLoadBenchmark {
    /// One report line per shipped pack. Paths are relative to the repository; the cache is
    /// written under `scratch`.
    static func run(scratch: String, iterations: Int = 30) -> [String] {
        ["stay-permit-extension", "voa-extension"].map {
            measure(pack: "Forms/\($0).yaml", cacheDirectory: FilePath(scratch).appending("pack-cache"), iterations: iterations)
        }
    }

    private static func measure(pack path: String, cacheDirectory: FilePath, iterations: Int) -> String {
        let url = URL(fileURLWithPath: path)
        guard let cache = FormPackCache(directory: cacheDirectory) else {
            return "pack load (\(path)): not measured: the running program cannot be identified (no /proc)"
        }
        let text: String
        let pack: FormPack
        do {
            text = try String(contentsOf: url, encoding: .utf8)
            pack = try FormPackLoader.load(contentsOf: url)
        } catch {
            return "pack load (\(path)): not measured: \(error)"
        }
        let cacheFile = cacheDirectory.appending(url.deletingPathExtension().lastPathComponent + ".cache")
        let clock = ContinuousClock()
        var parses: [Duration] = []
        var cached: [Duration] = []
        var firstLoads: [Duration] = []
        var mismatches = 0
        for _ in 0..<max(iterations, 1) {
            var start = clock.now
            let parsed = try? FormPackLoader.load(contentsOf: url)
            parses.append(start.duration(to: clock.now))

            unlink(cacheFile.string)
            start = clock.now
            let first = try? FormPackLoader.load(contentsOf: url, cache: cache)
            firstLoads.append(start.duration(to: clock.now))

            start = clock.now
            let fromCache = try? FormPackLoader.load(contentsOf: url, cache: cache)
            cached.append(start.duration(to: clock.now))
            let loads: [FormPack?] = [parsed, first, fromCache]
            if loads.contains(where: { loaded in loaded != Optional(pack) }) { mismatches += 1 }
        }
        let cacheSize = (try? FileManager.default.attributesOfItem(atPath: cacheFile.string)[.size] as? Int) ?? 0
        let lines = text.utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count
        let parse = Percentiles(parses).microseconds(0.5)
        func median(_ samples: [Duration], _ bytes: Int) -> String {
            let median = Percentiles(samples).microseconds(0.5)
            let speedUp = Double(parse) / Double(max(median, 1))
            return "\(milliseconds(median)) ms (\(bytes / 1024) KiB, \(String(format: "%.1f", speedUp))× faster)"
        }
        return "pack load (\(path), \(lines) lines, \(parses.count) runs, p50): parse \(milliseconds(parse)) ms, "
            + "cache " + median(cached, cacheSize)
            + "; a changed pack's first load (parse and write the cache) \(milliseconds(Percentiles(firstLoads).microseconds(0.5))) ms"
            + (mismatches == 0 ? "" : "; \(mismatches) LOADED PACKS DIFFER from the parsed one")
    }

    /// Whole microseconds as milliseconds with one decimal: `19.4`.
    private static func milliseconds(_ microseconds: Int) -> String {
        String(format: "%.1f", Double(microseconds) / 1000)
    }
}
