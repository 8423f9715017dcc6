@testable import StayformTerminal
import StayformWizard
import Testing

/// A burst of several lines is a paste; anything else stays the keys it was.
@Suite struct InputBurstTests {
    private func keys(_ text: String) -> [Key] { InputBurst.keys(Array(text.unicodeScalars)) }

    static let line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    static let line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"

    @Test func longLinesArrivingAtOnceAreOnePaste() {
        #expect(keys(Self.line1 + "\r" + Self.line2) == [.paste(Self.line1 + "\n" + Self.line2)])
        #expect(keys(Self.line1 + "\r\n" + Self.line2 + "\r") == [.paste(Self.line1 + "\n" + Self.line2 + "\n")])
    }

    @Test func typingThatPiledUpStaysKeys() {
        #expect(keys("ab\r") == [.character("a"), .character("b"), .enter])
        #expect(keys("a\rb") == [.character("a"), .enter, .character("b")])
        // A field's code, Enter, then its answer, typed while the program was busy.
        #expect(keys("1.4\rHamburg") == Array("1.4").map(Key.character) + [.enter] + Array("Hamburg").map(Key.character))
        #expect(keys(Self.line1 + "\rUbud").last == .character("d"))
        #expect(keys("Anna Maria\t") == Array("Anna Maria").map(Key.character) + [.tab])
        #expect(keys("\rAnna Maria") == [.enter] + Array("Anna Maria").map(Key.character))
    }
}
