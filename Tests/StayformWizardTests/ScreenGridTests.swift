import PropertyBased
import StayformCore
@testable import StayformWizard
import Testing

/// The screen's grid draws text grapheme by grapheme, safe and measured, whichever shortcut
/// `put` takes; graphemes of several scalars are kept and compared as the characters they are.
@Suite struct ScreenGridTests {
    /// Every scalar `put` draws without breaking graphemes: safe as it is, and a grapheme of its
    /// own beside a letter or another of itself (no combining, no joining, no pairs).
    @Test func scalarsThatStandAloneAreSafeGraphemesOfTheirOwn() {
        let scalars = (0x20...0x2FFF).compactMap(Unicode.Scalar.init).filter(\.standsAlone)
        #expect(scalars.count > 3000)
        for scalar in scalars {
            let character = Character(scalar)
            #expect(character.isTerminalSafe, "U+\(String(scalar.value, radix: 16))")
            #expect("a\(character)a".count == 3, "U+\(String(scalar.value, radix: 16))")
            #expect("\(character)\(character)".count == 2, "U+\(String(scalar.value, radix: 16))")
        }
        for scalar: Unicode.Scalar in ["\u{301}", "\u{200D}", "\u{FE0F}", "\u{1B}", "\u{9B}", "\u{2028}", "\u{202E}", "山"] {
            #expect(!scalar.standsAlone)
        }
    }

    /// Text mixing ASCII, Latin, symbols, wide characters, emoji, combining marks and controls.
    static let text = Gen<Character?>.element(of: Array("aZ 7~éßÜ–…→│✓✗▸·●山田🙂\u{1B}\u{7F}\u{9B}") + ["e\u{301}", "\u{301}", "👍🏽", "✔\u{FE0F}"])
        .map { $0 ?? " " }.string(of: 0...30)

    @Test func textIsDrawnGraphemeByGraphemeWhicheverWayPutTakes() async {
        await propertyCheck(count: 300, input: Self.text, Gen.int(in: 0...12), Gen.int(in: 1...30)) { text, column, limit in
            var screen = Screen(size: TerminalSize(columns: 24, rows: 1))
            let used = screen.put(text, row: 0, column: column, style: .label, limit: limit)
            // What `put` promises: each grapheme made safe, measured, and drawn while it fits.
            var expected = Screen(size: screen.size)
            var x = column
            let end = min(24, column + limit)
            for grapheme in text {
                let safe = grapheme.terminalSafe
                let width = safe.terminalColumns
                guard width > 0 else { continue }
                if x + width > end { break }
                expected.put(String(safe), row: 0, column: x, style: .label)
                x += width
            }
            #expect(used == x - column)
            #expect(screen == expected)
            #expect(screen.positionsChanged(since: expected).isEmpty)
            for column in 0..<24 {
                #expect(screen[0, column] == expected[0, column])
            }
        }
    }

    @Test func aGraphemeOfSeveralScalarsIsComparedAsTheCharacterItIs() {
        let size = TerminalSize(columns: 6, rows: 1)
        var composed = Screen(size: size)
        composed.put("ée", row: 0, column: 0, style: .input)
        var decomposed = Screen(size: size)
        decomposed.put("e\u{301}e", row: 0, column: 0, style: .input)
        // The same text in another spelling shows the same: nothing to send.
        #expect(decomposed[0, 0].character == "e\u{301}")
        #expect(decomposed.positionsChanged(since: composed).isEmpty)
        #expect(decomposed == composed)
        #expect(decomposed.hashValue == composed.hashValue)
        var other = Screen(size: size)
        other.put("o\u{301}e", row: 0, column: 0, style: .input)
        #expect(other.positionsChanged(since: decomposed) == [ScreenPosition(row: 0, column: 0)])
        #expect(other != decomposed)
        var restyled = Screen(size: size)
        restyled.put("e\u{301}e", row: 0, column: 0, style: .label)
        #expect(restyled.positionsChanged(since: decomposed) == [ScreenPosition(row: 0, column: 0), ScreenPosition(row: 0, column: 1)])
    }

    @Test func everyCellChangesAfterNoScreenOrAnotherSizeAndWideHalvesAreNotListed() {
        var screen = Screen(size: TerminalSize(columns: 3, rows: 2))
        screen.put("山a", row: 0, column: 0, style: .input)
        let all = screen.positionsChanged(since: nil)
        #expect(all.count == 5)
        #expect(!all.contains(ScreenPosition(row: 0, column: 1)))
        #expect(screen.positionsChanged(since: Screen(size: TerminalSize(columns: 2, rows: 3))) == all)
        #expect(screen.positionsChanged(since: screen).isEmpty)
    }

    @Test func aPastedBlockIsWhatDrawingItInPlaceGives() async {
        await propertyCheck(count: 200, input: Self.text, Self.text, Gen.int(in: 0...8), Gen.int(in: 0...2)) { first, second, column, row in
            let size = TerminalSize(columns: 20, rows: 4)
            var direct = Screen(size: size)
            direct.put("山田 under the block", row: row, column: 0, style: .normal)
            var pasted = direct
            var block = Screen(size: TerminalSize(columns: 10, rows: 2))
            for (offset, text) in [first, second].enumerated() {
                direct.fill(row: row + offset, column: column, count: 10, style: .sidebar)
                direct.put(text, row: row + offset, column: column, style: .sidebar, limit: 10)
                block.fill(row: offset, style: .sidebar)
                block.put(text, row: offset, column: 0, style: .sidebar)
            }
            pasted.paste(block, row: row, column: column)
            #expect(pasted == direct)
            #expect(pasted.lines == direct.lines)
        }
    }
}
