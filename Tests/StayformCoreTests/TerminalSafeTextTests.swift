import Foundation
import StayformCore
import Testing

@Suite struct TerminalSafeTextTests {
    @Test("Controls and escapes become visible placeholders", arguments: [
        ("evil\u{1B}[2J", "evil␛[2J"),
        ("bell\u{07}", "bell␇"),
        ("\u{9B}31m", "\u{FFFD}31m"),  // C1 CSI
        ("a\u{7F}", "a␡"),
        ("\u{202E}txt.exe", "\u{FFFD}txt.exe"),  // right-to-left override
        ("Müller 山田 🇮🇩", "Müller 山田 🇮🇩"),
    ])
    func placeholders(input: String, expected: String) {
        #expect(input.terminalSafe == expected)
    }

    @Test func nothingUnsafeSurvives() {
        let everyControl = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init) + (0x7F...0x9F).compactMap(Unicode.Scalar.init)))
        let safe = everyControl.terminalSafe
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(safe.count == everyControl.unicodeScalars.count)
    }

    @Test func aLoneCombiningMarkGetsABase() {
        let safe = "\u{301}".terminalSafe
        #expect(safe.unicodeScalars.first == "\u{25CC}")
        #expect(safe.terminalColumns == 1)
    }
}

@Suite struct TruncationTests {
    @Test("Cut to a number of columns with an ellipsis", arguments: [
        ("Address in Indonesia", 10, "Address i…"),
        ("short", 10, "short"),
        ("山田太郎", 5, "山田…"),
        ("exactly10!", 10, "exactly10!"),
        ("abc", 0, ""),
    ])
    func truncation(text: String, columns: Int, expected: String) {
        #expect(text.truncated(toColumns: columns) == expected)
        #expect(text.truncated(toColumns: columns).terminalColumns <= columns)
    }

    @Test func linesKeepTheirBreaksAndTabsAndLoseEverythingElseUnsafe() {
        #expect("a\tb\r\nc\u{1B}[2J\n\u{9B}\u{202E}x\n".terminalSafeLines == "a\tb\nc␛[2J\n\u{FFFD}\u{FFFD}x\n")
        #expect("Müller\t山田\n".terminalSafeLines == "Müller\t山田\n")
    }

    @Test func jsonEscapesEveryCharacterUnsafeOnATerminalAndReadsBackTheSame() throws {
        let hostile = "a\u{1B}]0;t\u{07}\u{7F}\u{85}\u{9B}\u{2028}\u{202E}\u{2066}\u{200F}\u{061C}é山🇮🇩\"\\"
        let text = String(decoding: JSONValue.object([hostile: .string(hostile)]).utf8Text(), as: UTF8.self)
        #expect(text.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && !(0x7F...0x9F).contains($0.value)) })
        #expect(!text.unicodeScalars.contains { [0x2028, 0x202E, 0x2066, 0x200F, 0x061C].contains($0.value) })
        #expect(text.contains(#"\u001b]0;t\u0007\u007f\u0085\u009b\u2028\u202e\u2066\u200f\u061cé山🇮🇩\"\\"#))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        #expect(decoded == [hostile: hostile])
    }
}
