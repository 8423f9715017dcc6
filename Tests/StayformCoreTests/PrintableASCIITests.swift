import PropertyBased
import StayformCore
import Testing

/// Printable ASCII takes a shortcut past grapheme breaking; the shortcut must give what the
/// grapheme-by-grapheme rules give, for any text near and across its edges.
@Suite struct PrintableASCIITests {
    /// Bytes at and around the printable range's edges, line breaks, and text outside ASCII.
    static let pieces = [" ", "~", "a", "Z", "0", "\u{7F}", "\u{1F}", "\r\n", "\n", "\t", "\u{1B}[2J", "é", "e\u{301}", "山", "🇮🇩", "\u{202E}"]

    @Test func theShortcutGivesTheGraphemeByGraphemeWidthAndSafety() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0..<Self.pieces.count).array(of: 0...12)) { indices in
            let text = indices.map { Self.pieces[$0] }.joined()
            #expect(text.terminalColumns == text.reduce(0) { $0 + $1.terminalColumns })
            #expect(text.terminalSafe == String(text.map(\.terminalSafe)))
            #expect(text.isPrintableASCII == text.utf8.allSatisfy { (0x20...0x7E).contains($0) })
            let substring = text.dropFirst()
            #expect(substring.terminalColumns == substring.reduce(0) { $0 + $1.terminalColumns })
        }
    }

    @Test func printableASCIIIsSpaceToTilde() {
        #expect("C4JN12K57 hans@example.org ~".isPrintableASCII)
        #expect("".isPrintableASCII)
        #expect(!"tab\there".isPrintableASCII)
        #expect(!"del\u{7F}".isPrintableASCII)
        #expect(!"Müller".isPrintableASCII)
    }
}
