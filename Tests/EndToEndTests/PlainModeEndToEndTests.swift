import Foundation
import Testing

/// Plain mode run as a program: through a pipe, and in a terminal that cannot address the
/// cursor (TERM=dumb), with the same draft, lock and verdict as the wizard and `stayform check`.
@Suite(.serialized) struct PlainModeEndToEndTests {
    /// The e-VOA answers the full-wizard test gives, as lines: the category first (1, the
    /// e-VOA), then `go CODE` and the answer for each field.
    static var evoaLines: [String] {
        var lines = ["1"]
        for (code, answer) in CompleteWizardEndToEndTests.evoaAnswers {
            lines.append("go \(code)")
            switch answer {
            case .text(let text): lines.append(text)
            case .choice(let search): lines.append(search)
            case .yes: lines.append("yes")
            case .no: lines.append("no")
            }
        }
        return lines
    }

    /// Runs `stayform --plain arguments` with `lines` on standard input.
    func plain(_ arguments: [String], lines: [String], in folder: URL) throws -> Shell.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["STAYFORM_RESOURCES"] = Repository.root.path
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
        environment["TERM"] = "dumb"
        return try Shell.run(
            StayformBinary.path, ["--plain", "--today", "2026-11-21"] + arguments, environment: environment,
            input: lines.map { $0 + "\n" }.joined(), allowFailure: true)
    }

    /// Whether `text` holds an escape, a C1 control or a bidirectional control (line breaks
    /// and carriage returns are allowed).
    static func hasControlSequences(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x1B, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
            case 0x00...0x1F: scalar != "\n" && scalar != "\r"
            default: false
            }
        }
    }

    @Test func anEvoaExtensionThroughAPipeIsReadyToFileAndCheckAgrees() throws {
        let folder = try Scratch.makeDirectory()
        let draft = folder.appendingPathComponent("hans.json")
        let result = try plain(["--draft", draft.path], lines: Self.evoaLines + ["check"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Verdict: Ready to file. Nothing blocks this application."))
        #expect(result.output.contains("Stored 1.3: 1985-07-14  (14 Jul 1985)."))
        #expect(result.output.contains("Stored 1.5: Germany."))
        #expect(!Self.hasControlSequences(result.output + result.error))
        // End of input saved the draft; `stayform check` gives the same verdict and counts.
        let check = try Repository.stayform(["check", "--today", "2026-11-21", draft.path])
        #expect(check.status == 0)
        let counts = try #require(check.output.split(separator: "\n").first { $0.hasPrefix("  ") && $0.contains(" blocking, ") })
        #expect(result.output.contains(String(counts)))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any])
        let values = try #require(json["values"] as? [String: String])
        #expect(values["permit.category"] == "voa")
        #expect(values["applicant.nationality"] == "DEU")
        #expect(values["permit.expiry-date"] == "2026-11-30")
        let attachments = try #require(json["attachments"] as? [String: Any])
        #expect(attachments["photo"] != nil)
        let mode = try FileManager.default.attributesOfItem(atPath: draft.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aFindingAppearsAndGoesAsSentencesAndTheExitStatusIsChecks() throws {
        let (folder, draft) = try Repository.copyOfExample("clean-evoa.json")
        let result = try plain(
            ["--draft", draft.path], lines: ["review", "go 3.7", "31 Feb 2027", "status", "go 3.7", "30 Nov 2026"],
            in: folder)
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        // The files attached in the example are its documents' answers.
        #expect(lines.contains("  7.3 Photo: files/photo.png."))
        let appeared = try #require(lines.firstIndex { $0.hasPrefix("New finding. Blocking: 3.7: ") })
        let went = try #require(lines.firstIndex { $0.hasPrefix("Resolved, no longer a finding. Blocking: 3.7: ") })
        #expect(appeared < went)
        #expect(lines.contains { $0.hasPrefix("Saved. ") && $0.contains("1 blocking") && $0.hasSuffix("Not ready to file.") })
        #expect(lines.last?.hasSuffix("Ready to file.") == true)

        let blocked = try plain(["--draft", draft.path], lines: ["go 3.7", "31 Feb 2027"], in: folder)
        #expect(blocked.status == 1)
        let check = try Repository.stayform(["check", "--today", "2026-11-21", draft.path])
        #expect(check.status == 1)
    }

    @Test func anUnreadableDraftExitsTwoWithAMessage() throws {
        let folder = try Scratch.makeDirectory()
        let draft = folder.appendingPathComponent("broken.json")
        try Data("{ not json".utf8).write(to: draft)
        let result = try plain(["--draft", draft.path], lines: ["quit"], in: folder)
        #expect(result.status == 2)
        #expect(result.error.contains("broken.json"))
    }

    @Test func aDraftMadeInTheFullWizardResumesWhereItWasLeft() throws {
        let session = try TmuxSession(arguments: ["--today", "2026-11-21"])
        try session.startNewDraft()
        try session.type("MÜLLER Hans")
        try session.press("Tab")
        try session.waitFor("1.2 Sex")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let result = try plain(
            ["--draft", session.defaultDraft.path], lines: ["f", "go 1.1"], in: session.workDirectory)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        let opening = try #require(lines.firstIndex(of: "1.2 Sex (required)."))
        #expect(lines[opening + 1] == "No answer yet.")
        #expect(result.output.contains("Stored 1.2: F (female)."))
        #expect(result.output.contains("1.1 Full name as on the passport (required).\nCurrent answer: MÜLLER Hans."))
    }

    @Test func aDumbTerminalGetsPlainModeWithANoticeAndFillsAnEvoaToReadyToFile() throws {
        let session = try TmuxSession(arguments: ["--today", "2026-11-21"], environment: ["TERM": "dumb"])
        let raw = session.workDirectory.appendingPathComponent("raw-output")
        try session.pipePane(to: raw)
        try session.waitFor("Plain mode, one question per line: TERM is 'dumb'")
        try session.waitFor("3.1 Permit held now (required).")
        // The draft is locked as in the wizard: a second stayform is refused.
        let second = try plain(["--draft", session.defaultDraft.path], lines: [], in: session.workDirectory)
        #expect(second.status == 2)
        #expect(second.error.contains("is open in another stayform"))
        for line in Self.evoaLines {
            try session.type(line)
            try session.press("Enter")
        }
        try session.type("status")
        try session.press("Enter")
        try session.waitForScreen(timeout: .seconds(60)) { $0.contains("0 blocking") && $0.contains("Ready to file.") }
        try session.type("quit")
        try session.press("Enter")
        #expect(session.waitForExit() == 0)
        let output = try String(contentsOf: raw, encoding: .utf8)
        #expect(output.contains("Stored 9.1: yes."))
        #expect(!Self.hasControlSequences(output))
        let check = try Repository.stayform(["check", "--today", "2026-11-21", session.defaultDraft.path])
        #expect(check.status == 0)
    }

    @Test func aPipeWithoutPlainIsStillRefused() throws {
        let folder = try Scratch.makeDirectory()
        var environment = ProcessInfo.processInfo.environment
        environment["STAYFORM_RESOURCES"] = Repository.root.path
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
        let refused = try Shell.run(StayformBinary.path, [], environment: environment, input: "", allowFailure: true)
        #expect(refused.status == 2)
        #expect(refused.error.contains("stayform --plain"))
    }
}
