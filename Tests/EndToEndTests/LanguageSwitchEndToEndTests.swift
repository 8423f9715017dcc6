import Foundation
import Testing

/// F8 in the real binary: the wizard's words and the pack's texts switch language in the middle
/// of a field, and nothing typed is lost.
@Suite(.serialized) struct LanguageSwitchEndToEndTests {
    /// The saved draft as JSON.
    private func draft(_ url: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Waits until the saved draft remembers `language`.
    private func waitForSavedLanguage(_ language: String, in url: URL) throws {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if let saved = try? draft(url), saved["language"] as? String == language { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the draft was not saved with language \(language)")
    }

    @Test func switchingMidFieldKeepsEveryCharacterTyped() throws {
        let session = try TmuxSession(columns: 80, rows: 24)
        try session.startNewDraft()
        try session.type("Müller Ng")
        try session.waitFor("Müller Ng")
        try session.press("F8")
        // The pack's label, the status line and the key help are in Indonesian now.
        try session.waitForScreen { $0.contains("Nama lengkap sesuai paspor") && $0.contains("F8 English") }
        #expect(try session.screen().contains("Bahasa: Indonesia"))
        try waitForSavedLanguage("id", in: session.defaultDraft)
        try session.type("uyễn 山田")
        try session.waitFor("Müller Nguyễn 山田")
        try session.press("F8")
        try session.waitForScreen { $0.contains("Full name as on the passport") && $0.contains("F8 Bahasa") }
        let screen = try session.screen()
        #expect(screen.contains("Müller Nguyễn 山田"))
        #expect(screen.contains("Language: English"))
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let saved = try draft(session.defaultDraft)
        #expect((saved["values"] as? [String: Any])?["applicant.full-name"] as? String == "Müller Nguyễn 山田")
        #expect(saved["language"] as? String == "en")
    }

    /// Started in Indonesian (`LANG=id_ID.UTF-8`) on a vt100, where F8 does not arrive: Ctrl-O
    /// switches to English mid-field, the draft is saved with it and opens in it again.
    @Test func startedInIndonesianCtrlOSwitchesAndTheDraftRemembersIt() throws {
        let session = try TmuxSession(columns: 80, rows: 24, environment: ["TERM": "vt100", "LANG": "id_ID.UTF-8"])
        try session.waitFor("Izin tinggal apa yang Anda pegang sekarang?")
        try session.press("Enter")
        try session.waitFor("1.1 Nama lengkap sesuai paspor")
        try session.type("Ana")
        try session.waitFor("Ana")
        try session.press("C-o")
        try session.waitForScreen { $0.contains("Full name as on the passport") && $0.contains("^O Bahasa") }
        try session.type(" Maria")
        try session.waitFor("Ana Maria")
        try session.press("C-q")
        #expect(session.waitForExit() == 0)
        let saved = try draft(session.defaultDraft)
        #expect((saved["values"] as? [String: Any])?["applicant.full-name"] as? String == "Ana Maria")
        #expect(saved["language"] as? String == "en")

        // The draft's language wins over the locale's the next time.
        let again = try TmuxSession(
            columns: 80, rows: 24, environment: ["TERM": "vt100", "LANG": "id_ID.UTF-8"],
            workDirectory: session.workDirectory)
        try again.waitFor("Continue where you left off")
        try again.press("C-q")
        #expect(again.waitForExit() == 0)
    }
}
