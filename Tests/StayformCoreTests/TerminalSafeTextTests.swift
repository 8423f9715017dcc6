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
}
