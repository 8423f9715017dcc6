import Foundation
import Testing

/// Compares rendered text with a snapshot file stored beside the test, under `__Snapshots__/`.
///
/// A missing snapshot is written and the test fails once, so that every snapshot is looked at
/// and committed; `SNAPSHOT_RECORD=1` rewrites all of them.
///
///     assertTextSnapshot(Wizard.view(state).lines.joined(separator: "\n"), named: "applicant-80x24")
public func assertTextSnapshot(
    _ text: String, named name: String,
    filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__", isDirectory: true)
    let file = directory.appendingPathComponent("\(name).txt")
    let content = text.hasSuffix("\n") ? text : text + "\n"
    let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    guard !recording, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(content.utf8).write(to: file)
        Issue.record("Recorded snapshot \(file.lastPathComponent); check it and run the tests again.",
            sourceLocation: sourceLocation)
        return
    }
    if stored != content {
        Issue.record(
            "Snapshot \(name) differs.\n--- expected\n\(stored)--- actual\n\(content)",
            sourceLocation: sourceLocation)
    }
}
