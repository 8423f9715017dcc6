import Foundation
import Testing

/// Pastes on the built binary in tmux: the passport's two MRZ lines pasted with and without
/// bracketed paste land whole in 2.1, and a file dropped on the terminal (a quoted path) is read.
@Suite struct PasteEndToEndTests {
    static let line1 = "P<D<<MUELLER<<HANS<<<<<<<<<<<<<<<<<<<<<<<<<<"
    static let line2 = "C4JN12K573D<<8507147M3103094<<<<<<<<<<<<<<<8"

    private func values(_ url: URL) throws -> [String: String] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return try #require(json?["values"] as? [String: String])
    }

    private func goTo(_ code: String, _ session: TmuxSession) throws {
        try session.press("F2")
        try session.waitFor("Go to")
        try session.type(code)
        try session.press("Enter")
    }

    @Test(arguments: [true, false])
    func aPastedTwoLineMRZFillsItsFieldWhole(bracketed: Bool) throws {
        let session = try TmuxSession(columns: 100, rows: 30)
        try session.startNewDraft()
        try goTo("2.1", session)
        try session.waitFor("›2.1 Machine-readable zone")
        let text = Self.line1 + "\n" + Self.line2
        if bracketed {
            try session.paste(text)
        } else {
            try session.pasteUnbracketed(text)
        }
        try session.waitFor(Self.line2)
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let answers = try values(session.defaultDraft)
        #expect(answers["passport.mrz"] == Self.line1 + "\n" + Self.line2, "\(answers)")
        #expect(answers["passport.number"] == nil, "line 2 spilled into the next field: \(answers)")
    }

    @Test func aFileDroppedOnTheTerminalIsRead() throws {
        let folder = try Scratch.makeDirectory()
        let files = folder.appendingPathComponent("my scans", isDirectory: true)
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        let scan = files.appendingPathComponent("passport scan.pdf")
        try FileManager.default.copyItem(at: Repository.examples.appendingPathComponent("files/passport.pdf"), to: scan)
        let session = try TmuxSession(columns: 100, rows: 30, workDirectory: folder)
        try session.startNewDraft()
        try goTo("7.1", session)
        try session.waitFor("›7.1")
        try session.paste("'\(scan.path)'")
        try session.press("Tab")
        try session.waitForScreen { $0.contains("PDF") && !$0.contains("cannot be read") }
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(try values(session.defaultDraft)["doc.passport"] == scan.path)
    }
}
