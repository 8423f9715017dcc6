import Foundation
import Testing

/// Function keys and their alternatives on terminals whose description does not match what
/// the keyboard sends (`TERM=vt100`, `TERM=linux` inside tmux, which sends xterm's sequences):
/// every key does its action, and nothing of a key sequence is ever typed into an answer.
@Suite struct KeyInputEndToEndTests {
    private func values(_ url: URL) throws -> [String: String] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return try #require(json?["values"] as? [String: String])
    }

    @Test(arguments: ["vt100", "linux"])
    func functionKeysAndTheirAlternativesNeverTypeIntoAnAnswer(term: String) throws {
        let session = try TmuxSession(columns: 80, rows: 24, environment: ["TERM": term])
        try session.startNewDraft()
        try session.type("Ana")
        // Each F-key, then what closes what it opened (Esc on a page with nothing open is harmless).
        for key in ["F1", "F2", "F3", "F5", "F6", "F9", "F4"] {
            try session.press(key)
            Thread.sleep(forTimeInterval: 0.15)
            try session.press("Escape")
            Thread.sleep(forTimeInterval: 0.1)
        }
        // The final check by F3, by Ctrl-K and by Alt-3.
        for keys in [["F3"], ["C-k"], ["M-3"]] {
            try session.press(keys[0])
            try session.waitFor("Not ready")
            try session.press("Escape")
            try session.waitForScreen { !$0.contains("Not ready") }
        }
        // Help by Ctrl-G, the review by Ctrl-R.
        try session.press("C-g")
        try session.waitFor("Why:")
        try session.press("Escape")
        try session.press("C-r")
        try session.waitForScreen { $0.contains("Review") || $0.contains("review") }
        try session.press("Escape")
        try session.waitFor("1.1 Full name")
        // Keys no terminal description knows: Shift-F5 and Ctrl-← as xterm sends them, an
        // unknown sequence, Alt with a letter.
        try session.press("S-F5")
        try session.press("C-Left")
        try session.press("M-z")
        try session.type("\u{1B}[99~")
        Thread.sleep(forTimeInterval: 0.2)
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let answers = try values(session.defaultDraft)
        #expect(answers["applicant.full-name"] == "Ana", "\(answers)")
        for (field, value) in answers {
            #expect(!value.contains("~") && !value.contains("["), "\(field) got \(value.debugDescription)")
        }
    }

    /// Esc and F10 arriving in one write (a quick hand, a slow link) are both keys.
    @Test func escapeThenAFunctionKeyAtOnceAreTwoKeys() throws {
        let session = try TmuxSession(columns: 80, rows: 24)
        try session.startNewDraft()
        try session.type("Ana")
        try session.press("Escape", "F10")
        #expect(session.waitForExit() == 0)
    }

    @Test func ctrlQQuitsAndSavesOnAVT100() throws {
        let session = try TmuxSession(columns: 80, rows: 24, environment: ["TERM": "vt100"])
        try session.startNewDraft()
        try session.type("Ana Maria")
        try session.press("C-q")
        #expect(session.waitForExit() == 0)
        #expect(try values(session.defaultDraft)["applicant.full-name"] == "Ana Maria")
    }
}
