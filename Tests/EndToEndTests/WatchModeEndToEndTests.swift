import Foundation
import Testing

/// Watch mode on the built binary in tmux: a helpdesk's read-only stayform follows the draft
/// while the user's stayform edits it, and writes nothing.
@Suite(.serialized) struct WatchModeEndToEndTests {
    /// Every file under `folder`, with its size and modification time, but the sessions' own
    /// exit-status and standard-error files and the parsed-pack cache (`~/.cache/stayform`, here
    /// under the folder because it is the sessions' home).
    private func files(under folder: URL) throws -> [String: String] {
        var listing: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String {
            if name.hasPrefix("exit-status-") || name.hasPrefix("stderr-") || name.hasPrefix(".cache") { continue }
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            listing[name] = "\(attributes[.size] ?? 0) \(modified)"
        }
        return listing
    }

    @Test func theWatcherShowsTheEditorsSavedAnswerAndNeverWrites() throws {
        let example = try Repository.copyOfExample("sponsor-name-mismatch.json")
        let name = example.draft.lastPathComponent
        let before = try files(under: example.folder)
        let watcher = try TmuxSession(
            arguments: ["watch", example.draft.path, "--today", "2026-11-21"], columns: 80, rows: 24,
            workDirectory: example.folder)
        try watcher.resumeDraft()
        try watcher.waitForScreen { $0.contains("following \(name), updated ") && $0.contains("1.1 Full name") }
        #expect(try files(under: example.folder) == before, "opening to watch writes nothing")

        let editor = try TmuxSession(
            arguments: ["--draft", example.draft.path, "--today", "2026-11-21"], columns: 80, rows: 24,
            workDirectory: example.folder)
        try editor.resumeDraft()
        try editor.waitFor("1.1 Full name")
        try editor.press("C-u")
        try editor.type("Zed Watcher")
        try editor.waitFor("saved ")
        // The watcher redraws with the new name, saying when the draft changed.
        let screen = try watcher.waitForScreen(timeout: .seconds(3)) { $0.contains("Zed Watcher") }
        #expect(screen.contains("following \(name), updated "))
        try editor.press("F10")
        #expect(editor.waitForExit() == 0)

        // Moving around and quitting in the watcher changes no file, not even the position.
        let edited = try files(under: example.folder)
        try watcher.press("PageDown")
        try watcher.press("Tab")
        try watcher.waitForScreen { !$0.contains("1.1 Full name") || $0.contains("section 2") }
        try watcher.press("F10")
        #expect(watcher.waitForExit() == 0)
        #expect(try files(under: example.folder) == edited, "the watcher wrote to the folder")
    }

    @Test func aReopenedUnchangedDraftSaysWhenItWasSaved() throws {
        let folder = try Scratch.makeDirectory()
        let draft = folder.appendingPathComponent("ana.json")
        var session = try TmuxSession(
            arguments: ["--draft", draft.path, "--today", "2026-11-21"], columns: 80, rows: 24, workDirectory: folder)
        try session.startNewDraft()
        try session.type("Ana Lima")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let modified = try #require(FileManager.default.attributesOfItem(atPath: draft.path)[.modificationDate] as? Date)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm"  // a save's time is shown to the minute

        session = try TmuxSession(
            arguments: ["--draft", draft.path, "--today", "2026-11-21"], columns: 80, rows: 24, workDirectory: folder)
        try session.resumeDraft()
        let screen = try session.waitFor("saved \(formatter.string(from: modified))")
        #expect(!screen.contains("not saved yet"))
        try session.press("F10")
        #expect(session.waitForExit() == 0)
    }
}
