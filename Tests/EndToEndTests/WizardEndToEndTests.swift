import Foundation
import Testing

/// The built binary in a real terminal (tmux): what a person at the keyboard sees and gets.
@Suite(.serialized) struct WizardEndToEndTests {
    static let name = "Müller Nguyễn 山田"

    private func draftValues(_ url: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(json["values"] as? [String: Any])
    }

    @Test func typedNameIsSavedOnF10AndShownAgainOnRelaunch() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        try session.type(Self.name)
        try session.waitFor(Self.name)
        let cursor = try session.cursor()
        let screen = try session.screen().split(separator: "\n", omittingEmptySubsequences: false)
        let row = String(screen[cursor.row])
        let nameStart = try #require(row.range(of: Self.name)).lowerBound
        // Every character before the name is one column wide here.
        #expect(cursor.column == row[..<nameStart].count + 18)

        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(try draftValues(session.defaultDraft)["applicant.full-name"] as? String == Self.name)
        let json = try String(contentsOf: session.defaultDraft, encoding: .utf8)
        #expect(json.contains("\"formatVersion\""))

        let attributes = try FileManager.default.attributesOfItem(atPath: session.defaultDraft.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let directory = try FileManager.default.attributesOfItem(
            atPath: session.defaultDraft.deletingLastPathComponent().path)
        #expect((directory[.posixPermissions] as? Int) == 0o700)

        let again = try TmuxSession(workDirectory: session.workDirectory)
        try again.resumeDraft()
        try again.waitFor(Self.name)
        try again.press("C-q")
        #expect(again.waitForExit() == 0)
    }

    @Test func relaunchResumesAtTheSameField() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        try session.press("Tab", "Tab")
        try session.type("1990-03-05")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let again = try TmuxSession(workDirectory: session.workDirectory)
        try again.resumeDraft()
        try again.waitFor("1990-03-05")
        try again.press("BSpace")
        try again.type("6")
        try again.press("F10")
        #expect(again.waitForExit() == 0)
        #expect(try draftValues(session.defaultDraft)["applicant.birth-date"] as? String == "1990-03-06")
    }

    @Test func resizingRedrawsAndLosesNothing() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        try session.type("Ana Maria")
        try session.resize(columns: 60, rows: 15)
        try session.waitForScreen { $0.contains("1/") && $0.contains("Ana Maria") && !$0.contains("2 Passport") }
        try session.resize(columns: 30, rows: 8)
        try session.waitForScreen { $0.split(separator: "\n").joined(separator: " ").contains("terminal too") }
        try session.resize(columns: 100, rows: 30)
        try session.waitForScreen { $0.contains("2 Passport") && $0.contains("Ana Maria") }
        try session.type(" Silva")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(try draftValues(session.defaultDraft)["applicant.full-name"] as? String == "Ana Maria Silva")
    }

    @Test func aPasteArrivesAsOneEditWithLineBreaksAsSpaces() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        try session.paste("Ana\nMaria\tSilva\u{1B}[31m")
        try session.waitFor("Ana Maria Silva[31m")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(try draftValues(session.defaultDraft)["applicant.full-name"] as? String == "Ana Maria Silva[31m")
    }

    @Test func controlCSavesAndExitsWith130() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        try session.type("Ana")
        try session.press("C-c")
        #expect(session.waitForExit() == 130)
        #expect(try draftValues(session.defaultDraft)["applicant.full-name"] as? String == "Ana")
    }

    @Test func escapeSequencesInADraftAreShownAsPlaceholdersNotSentToTheTerminal() throws {
        let work = try Scratch.makeDirectory()
        let draft = work.appendingPathComponent("crafted.json")
        let crafted: [String: Any] = [
            "formatVersion": 1,
            "form": ["id": "stay-permit-extension", "edition": "any"],
            "values": [
                "applicant.full-name": "X\u{1B}]2;PWNED\u{07}\u{1B}[2J\u{1B}[31mred",
                "applicant.birth-place": "Y\u{1B}]2;PWNED\u{07}\u{1B}[2J",
            ],
        ]
        try JSONSerialization.data(withJSONObject: crafted).write(to: draft)
        let session = try TmuxSession(arguments: ["--draft", draft.path], workDirectory: work)
        try session.resumeDraft()
        // Shown as placeholders where it is displayed; dropped from the field being edited.
        let screen = try session.waitFor("Y␛]2;PWNED␇␛[2J")
        #expect(screen.contains("X]2;PWNED[2J[31mred"))
        #expect(try session.paneFormat("#{pane_title}") != "PWNED")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
    }

    /// A terminal that cannot run the full screen gets plain mode, with a notice saying why and
    /// how to get the full wizard (docs/plain-mode.md), instead of a refusal.
    @Test(arguments: [
        (["TERM": "dumb"], "TERM is 'dumb'"),
        (["TERM": ""], "TERM is not set"),
        (["TERM": "no-such-terminal"], "not a terminal type this machine knows"),
    ])
    func aTerminalThatCannotRunFullScreenGetsPlainMode(environment: [String: String], message: String) throws {
        let session = try TmuxSession(environment: environment)
        let screen = try session.waitFor("3.1 Permit held now (required).")
        let unwrapped = screen.replacingOccurrences(of: "\n", with: "")
        #expect(unwrapped.contains("Plain mode, one question per line: "))
        #expect(unwrapped.contains(message))
        #expect(unwrapped.contains("export TERM=xterm-256color"))
        try session.type("quit")
        try session.press("Enter")
        #expect(session.waitForExit() == 1)  // a new draft: required answers are missing
        #expect(FileManager.default.fileExists(atPath: session.defaultDraft.path))
    }

    @Test("Refuses a locale it cannot use, with exit status 2", arguments: [
        (["LANG": "C", "LC_ALL": "C"], "The locale ('C') is not UTF-8"),
        (["LANG": "en_US.ISO-8859-1"], "The locale ('en_US.ISO-8859-1') is not UTF-8"),
    ])
    func refusesUnusableTerminals(environment: [String: String], message: String) throws {
        let session = try TmuxSession(environment: environment)
        #expect(session.waitForExit() == 2)
        #expect(session.standardError().contains(message))
        #expect(!FileManager.default.fileExists(atPath: session.defaultDraft.path))
    }

    /// A UTF-8 locale that is not installed (a fresh Debian has only C.UTF-8) still runs the
    /// wizard, with C.UTF-8's character handling: no refusal, names typed with accents arrive.
    /// (`--lang en` keeps the words English for the steps below; LanguageWizardEndToEndTests
    /// runs the same in Indonesian.)
    @Test(arguments: ["en_US.UTF-8", "id_ID.UTF-8"])
    func runsWithAUTF8LocaleThatIsNotInstalled(locale: String) throws {
        let session = try TmuxSession(arguments: ["--lang", "en"], environment: ["LANG": locale])
        try session.startNewDraft()
        try session.type("Müller 山田")
        try session.waitFor("Müller 山田")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(session.standardError().isEmpty, "\(session.standardError())")
    }

    @Test func refusesAPipe() throws {
        let work = try Scratch.makeDirectory()
        let result = try Shell.run(
            StayformBinary.path, [],
            environment: ["HOME": work.path, "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_DATA_HOME": work.path],
            input: "typed\n", allowFailure: true)
        #expect(result.status == 2)
        #expect(result.error.contains("must be a terminal"))
    }
}
