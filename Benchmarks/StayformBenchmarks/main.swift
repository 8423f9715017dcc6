import Foundation

// `make bench`: measurements, not pass/fail. Each benchmark prints its report lines.
// `StayformBenchmarks save|checks|keys|hostile` runs one of them (e.g. under a profiler).
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stayform-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

let chosen = Set(CommandLine.arguments.dropFirst())
func runs(_ name: String) -> Bool { chosen.isEmpty || chosen.contains(name) }

if runs("save") { print(DraftSaveBenchmark.run(directory: scratch.path, iterations: 1000)) }
if runs("checks") { print(CrossCheckBenchmark.run()) }
/// The `stayform` built beside this program (the release one under `make bench`).
let siblingBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("stayform")
if runs("keys") {
    KeystrokeBenchmark.run(binary: siblingBinary.path, scratch: scratch.path).forEach { print($0) }
}
if runs("hostile") {
    let resources = ProcessInfo.processInfo.environment["STAYFORM_RESOURCES"] ?? FileManager.default.currentDirectoryPath
    HostileInputBenchmark.run(binary: siblingBinary.path, resources: resources, scratch: scratch.path).forEach { print($0) }
}
