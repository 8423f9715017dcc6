import Foundation
import Testing

/// The keys a helpdesk relies on, on the built binary in tmux: F4 snapshots, F6 masking,
/// F9 themes, a broken `--theme`, and resizing.
@Suite(.serialized) struct HelpdeskEndToEndTests {
    /// The example draft whose sponsor's name differs on the guarantee letter, in a fresh folder.
    private func exampleDraft() throws -> (folder: URL, draft: URL) {
        try Repository.copyOfExample("sponsor-name-mismatch.json")
    }

    private func values(_ url: URL) throws -> NSDictionary {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return try #require(json?["values"] as? NSDictionary)
    }

    private func permissions(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    /// The screen's rows joined into one line, for messages a narrow bar may wrap or cut.
    private func flat(_ screen: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The screen once the terminal has finished drawing it: the same capture twice, 200 ms apart.
    private func settledScreen(_ session: TmuxSession) throws -> String {
        var last = try session.screen()
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            let now = try session.screen()
            if now == last { return now }
            last = now
        }
        return last
    }

    @Test func f4WritesAPrivateSnapshotWithTheScreenAndTheFindings() throws {
        let example = try exampleDraft()
        let session = try TmuxSession(
            arguments: ["--draft", example.draft.path, "--today", "2026-11-21"], columns: 220, rows: 40,
            workDirectory: example.folder)
        try session.resumeDraft()
        try session.waitForScreen { $0.contains("1.1 Full name") && !$0.contains("Start over") }
        let shown = try settledScreen(session)
        try session.press("F4")
        let screen = try session.waitFor("saved to ")
        let snapshots = session.workDirectory.appendingPathComponent("data/stayform/snapshots", isDirectory: true)
        let message = try #require(screen.split(separator: "\n").first { $0.contains("Snapshot") && $0.contains("saved to ") })
        let path = try #require(message.range(of: "saved to ").map { String(message[$0.upperBound...]) })
            .trimmingCharacters(in: .whitespaces)
        #expect(path.hasPrefix(snapshots.path + "/"), "\(path)")
        #expect(path.hasSuffix(".txt"))

        let text = try String(contentsOfFile: path, encoding: .utf8)
        // The screen as it was when F4 was pressed (but the status bar, which autosave changes)…
        let visible = shown.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.count > 10 && !$0.contains(" │ ") }
        #expect(!visible.isEmpty)
        for line in visible { #expect(text.contains(line), "the snapshot lacks the screen's line \(line)") }
        // …then the findings, the sponsor's differing name among them, each with what to do.
        #expect(text.contains("Findings ("))
        #expect(text.contains("I Wayan SUDARMA"))
        #expect(text.contains("What to do:"))
        #expect(try permissions(path) == 0o600)
        #expect(try permissions(snapshots.path) == 0o700)

        try session.press("F10")
        #expect(session.waitForExit() == 0)
    }

    @Test func snapshotCommandWritesAPrivateMaskedFileAHelpdeskCanActOn() throws {
        let example = try exampleDraft()
        let before = try values(example.draft)
        let passport = try #require(before["passport.number"] as? String)
        let nik = try #require(before["sponsor.nik"] as? String)
        let data = example.folder.appendingPathComponent("data", isDirectory: true)
        let environment = ["XDG_DATA_HOME": data.path]
        let result = try Repository.stayform(
            ["snapshot", "--today", "2026-11-21", example.draft.path], environment: environment)
        #expect(result.status == 0, "\(result.error)")
        let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let snapshots = data.appendingPathComponent("stayform/snapshots", isDirectory: true)
        #expect(path.hasPrefix(snapshots.path + "/") && path.hasSuffix(".txt"), "\(path)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains(passport), "the masked snapshot shows the passport number")
        #expect(!text.contains(nik), "the masked snapshot shows the NIK")
        for part in ["stayform snapshot (stayform ", "(pack stay-permit-extension, edition ", "Position: section ",
            "Identifying numbers: hidden", "Answers (", "Passport number: ●●●●●● hidden (F6 shows it)",
            "Findings (", "I Wayan SUDARMA", "What to do: ", "Figure: ", "Id: "]
        {
            #expect(text.contains(part), "the snapshot lacks \(part)")
        }
        #expect(try permissions(path) == 0o600)
        #expect(try permissions(snapshots.path) == 0o700)
        // Asked for, the numbers are shown; the draft is never changed.
        let unmasked = try Repository.stayform(
            ["snapshot", "--today", "2026-11-21", "--unmasked", example.draft.path], environment: environment)
        #expect(unmasked.status == 0, "\(unmasked.error)")
        let shown = try String(contentsOfFile: unmasked.output.trimmingCharacters(in: .whitespacesAndNewlines), encoding: .utf8)
        #expect(shown.contains(passport) && shown.contains("Identifying numbers: shown"))
        #expect(try values(example.draft) == before)
        // A draft that cannot be read is a clear message and status 2.
        let missing = try Repository.stayform(["snapshot", example.folder.appendingPathComponent("none.json").path],
            environment: environment)
        #expect(missing.status == 2 && !missing.error.isEmpty)
    }

    @Test func f4MessageShowsTheWholePathAt80x24() throws {
        let example = try exampleDraft()
        let session = try TmuxSession(
            arguments: ["--draft", example.draft.path, "--today", "2026-11-21"], columns: 80, rows: 24,
            workDirectory: example.folder)
        try session.resumeDraft()
        try session.waitForScreen { $0.contains("1.1 Full name") && !$0.contains("Start over") }
        try session.press("F4")
        let screen = try session.waitFor("Snapshot saved to ")
        let message = try #require(screen.split(separator: "\n").first { $0.contains("Snapshot saved to ") })
        let shown = try #require(message.range(of: "saved to ").map { String(message[$0.upperBound...]) })
            .trimmingCharacters(in: .whitespaces)
        let snapshots = session.workDirectory.appendingPathComponent("data/stayform/snapshots", isDirectory: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: snapshots.path)
        let name = try #require(files.first)
        // The file's name is whole; the folders are shortened from the middle when they do not fit.
        #expect(shown.hasSuffix("/snapshots/" + name), "\(shown)")
        #expect(shown.hasPrefix("/"), "\(shown)")
        let text = try String(contentsOfFile: snapshots.appendingPathComponent(name).path, encoding: .utf8)
        #expect(text.contains("Terminal: 80×24"))
        #expect(text.contains("Theme: "))
        try session.press("F10")
        #expect(session.waitForExit() == 0)
    }

    @Test func f6MasksThePassportNumberAndTheNIKAndF6ShowsThemAgain() throws {
        let example = try exampleDraft()
        let before = try values(example.draft)
        let passport = try #require(before["passport.number"] as? String)
        let nik = try #require(before["sponsor.nik"] as? String)
        let session = try TmuxSession(
            arguments: ["--draft", example.draft.path, "--today", "2026-11-21"], columns: 120, rows: 40,
            workDirectory: example.folder)
        try session.resumeDraft()
        for (code, secret) in [("2.2", passport), ("5.3", nik)] {
            try session.press("F2")
            try session.type(code)
            try session.press("Enter")
            try session.waitFor(secret)
            try session.press("F6")
            try session.waitForScreen { $0.contains("hidden on screen") && !$0.contains(secret) }
            try session.press("F6")
            try session.waitForScreen { $0.contains("shown again") && $0.contains(secret) }
        }
        // Masked once more while quitting: the draft keeps the numbers themselves.
        try session.press("F6")
        try session.waitFor("hidden on screen")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(try values(example.draft) == before)
    }

    /// The distinct SGR escape sequences (`ESC [ … m`) of a `capture-pane -e` screen: its colours
    /// and attributes, whatever the text.
    private func graphicRenditions(_ styled: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(styled)
        while let start = rest.range(of: "\u{1B}[") {
            guard let end = rest[start.upperBound...].firstIndex(of: "m") else { break }
            found.insert(String(rest[start.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return found
    }

    @Test func f9SwitchesTheThemeAndTheColoursChange() throws {
        let session = try TmuxSession(arguments: ["--today", "2026-11-21"], columns: 100, rows: 30)
        try session.startNewDraft()
        var looks = [graphicRenditions(try session.styledScreen())]
        var names = ["default"]
        #expect(!looks[0].isEmpty)
        for _ in 0..<2 {
            try session.press("F9")
            let screen = try session.waitForScreen { screen in
                screen.split(separator: "\n").contains { $0.contains("Theme: ") && !$0.contains("Theme: \(names.last ?? "")") }
            }
            let line = try #require(screen.split(separator: "\n").first { $0.contains("Theme: ") })
            #expect(line.contains("F9 for the next one"), "\(line)")
            let name = try #require(line.range(of: "Theme: ").map { line[$0.upperBound...].prefix { $0 != " " } })
            #expect(!names.contains(String(name)), "F9 came back to \(name) too soon: \(names)")
            names.append(String(name))
            // The new colours are drawn with the message or just after it.
            let deadline = ContinuousClock.now + .seconds(5)
            var codes = graphicRenditions(try session.styledScreen())
            while looks.contains(codes), ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: 0.05)
                codes = graphicRenditions(try session.styledScreen())
            }
            #expect(!looks.contains(codes), "the theme \(name) left the escape codes as they were")
            looks.append(codes)
        }
        try session.press("F10")
        #expect(session.waitForExit() == 0)
    }

    @Test func aBrokenThemeFallsBackWithTheFileAndPositionInTheStatusBar() throws {
        let home = try Scratch.makeDirectory()
        let themes = home.appendingPathComponent("config/stayform/themes", isDirectory: true)
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        let broken = themes.appendingPathComponent("broken.yaml")
        try Data("name: broken\nstyles:\n  warning: { fg: bleu }\n".utf8).write(to: broken)
        let session = try TmuxSession(
            arguments: ["--theme", "broken", "--today", "2026-11-21"], columns: 240, rows: 30, workDirectory: home)
        let screen = flat(try session.waitFor("Which permit do you hold now?"))
        #expect(screen.contains("\(broken.path):3:"), "\(screen)")
        #expect(screen.contains("Using the default theme"), "\(screen)")
        try session.press("C-q")
        #expect(session.waitForExit() == 0)
    }

    @Test func resizingTo40x12AndBackLosesNothing() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        try session.type("Ana Maria")
        try session.waitFor("Ana Maria")
        try session.resize(columns: 40, rows: 12)
        try session.waitForScreen { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count <= 13 && rows.allSatisfy { $0.count <= 40 } && !screen.contains("2 Passport")
        }
        try session.resize(columns: 100, rows: 30)
        try session.waitForScreen { $0.contains("2 Passport") && $0.contains("Ana Maria") }
        try session.type(" Silva")
        try session.waitFor("Ana Maria Silva")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(try values(session.defaultDraft)["applicant.full-name"] as? String == "Ana Maria Silva")
    }
}
