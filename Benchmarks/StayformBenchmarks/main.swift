import Foundation

// `make bench`: measurements, not pass/fail. Each benchmark prints its report lines.
// `StayformBenchmarks pack|save|checks|keys|versus|attachment|hostile` runs one of them (e.g. under a profiler).
// `StayformBenchmarks order FILE` (`make order`) records the release link's function order instead.
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("stayform-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

let ordering = CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "order"
let chosen = Set(CommandLine.arguments.dropFirst())
func runs(_ name: String) -> Bool { !ordering && (chosen.isEmpty || chosen.contains(name)) }

if ordering {
    let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("stayform")
    print(FunctionOrder.record(binary: binary.path, output: CommandLine.arguments[2],
        resources: FileManager.default.currentDirectoryPath, scratch: scratch.path))
}
if runs("pack") { PackLoadBenchmark.run(scratch: scratch.path).forEach { print($0) } }
if runs("save") { print(DraftSaveBenchmark.run(directory: scratch.path, iterations: 1000)) }
if runs("checks") {
    print(CrossCheckBenchmark.run())
    print(WizardKeystrokeBenchmark.run())
}
// STAYFORM_BINARY measures another build (e.g. one linked with shared Swift libraries).
let releaseBinary = ProcessInfo.processInfo.environment["STAYFORM_BINARY"].map { URL(fileURLWithPath: $0) }
    ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("stayform")
if runs("keys") { KeystrokeBenchmark.run(binary: releaseBinary.path, scratch: scratch.path).forEach { print($0) } }
if runs("versus") { DialogComparison.run(stayform: releaseBinary.path, scratch: scratch.path).forEach { print($0) } }
let resources = ProcessInfo.processInfo.environment["STAYFORM_RESOURCES"] ?? FileManager.default.currentDirectoryPath
if runs("attachment") {
    LargeAttachmentBenchmark.run(binary: releaseBinary.path, resources: resources, scratch: scratch.path).forEach { print($0) }
}
if runs("hostile") {
    HostileInputBenchmark.run(binary: releaseBinary.path, resources: resources, scratch: scratch.path).forEach { print($0) }
}
