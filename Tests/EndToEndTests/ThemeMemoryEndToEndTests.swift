import Foundation
import Testing

/// F9's theme is remembered per user (settings.json in the config folder) and used at the next
/// start unless `--theme` is given; a damaged settings file is ignored with a notice.
@Suite(.serialized) struct ThemeMemoryEndToEndTests {
    /// A new draft in `folder`, so that each start asks the first question.
    private func start(_ folder: URL, _ extra: [String] = []) throws -> TmuxSession {
        let session = try TmuxSession(
            arguments: ["--draft", folder.appendingPathComponent("\(UUID().uuidString).json").path, "--today", "2026-11-21"] + extra, columns: 100, rows: 30,
            workDirectory: folder)
        try session.startNewDraft()
        return session
    }

    private func quit(_ session: TmuxSession) throws {
        try session.press("F10")
        #expect(session.waitForExit() == 0)
    }

    @Test func theThemeChosenWithF9IsUsedAtTheNextStartUnlessThemeIsGiven() throws {
        let folder = try Scratch.makeDirectory()
        let settings = folder.appendingPathComponent("config/stayform/settings.json")
        var session = try start(folder)
        try session.press("F9")
        try session.waitFor("Theme: colour-blind")
        try quit(session)
        #expect(try String(contentsOf: settings, encoding: .utf8).contains("\"theme\":\"colour-blind\""))
        #expect(try FileManager.default.attributesOfItem(atPath: settings.path)[.posixPermissions] as? Int == 0o600)

        // Started again, the theme is colour-blind: F9 goes on to the one after it.
        session = try start(folder)
        try session.press("F9")
        try session.waitFor("Theme: high-contrast")
        try quit(session)

        // --theme wins over the remembered one (high-contrast now): F9 goes on from monochrome.
        session = try start(folder, ["--theme", "monochrome"])
        try session.press("F9")
        try session.waitFor("Theme: default")
        try quit(session)
    }

    @Test func aDamagedSettingsFileIsIgnoredWithOneLine() throws {
        let folder = try Scratch.makeDirectory()
        let settings = folder.appendingPathComponent("config/stayform/settings.json")
        try FileManager.default.createDirectory(at: settings.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"theme\":".utf8).write(to: settings)
        let session = try TmuxSession(
            arguments: ["--draft", folder.appendingPathComponent("ana.json").path, "--today", "2026-11-21"], columns: 200, rows: 30, workDirectory: folder)
        try session.waitFor("settings.json is ignored")
        try session.press("F9")
        try session.waitFor("Theme: colour-blind")
        try quit(session)
        #expect(try String(contentsOf: settings, encoding: .utf8).contains("colour-blind"), "F9 replaced the damaged file")
    }
}
