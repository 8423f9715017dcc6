import Foundation

// `make bench`: measurements, not pass/fail. Each benchmark prints one report line.
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stayform-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

print(DraftSaveBenchmark.run(directory: scratch.path, iterations: 1000))
print(CrossCheckBenchmark.run())
let releaseBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("stayform")
KeystrokeBenchmark.run(binary: releaseBinary.path, scratch: scratch.path).forEach { print($0) }
