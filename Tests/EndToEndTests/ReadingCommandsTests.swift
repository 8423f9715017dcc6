import Foundation
import Testing

/// What the commands that read drafts (`check`, `export`) share: a draft whose form pack is
/// not installed is named, exits 2, and is left as it was.
@Suite struct ReadingCommandsTests {
    @Test(arguments: ["check", "export"])
    func aDraftOfAnUnknownPackExitsTwo(command: String) throws {
        let directory = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("other.json")
        let text = #"{"formatVersion": 1, "form": {"id": "no-such-form", "edition": "1"}, "values": {}}"#
        try Data(text.utf8).write(to: draft)
        let result = try Repository.stayform([command, "--today", "2026-11-21", draft.path])
        #expect(result.status == 2)
        #expect(result.error.contains("its form pack no-such-form cannot be used"))
        #expect(try String(contentsOf: draft, encoding: .utf8) == text)
    }
}
