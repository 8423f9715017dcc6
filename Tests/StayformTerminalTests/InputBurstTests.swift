@testable import StayformTerminal
import StayformWizard
import Testing

/// A burst of several lines is a paste; anything else stays the keys it was.
@Suite struct InputBurstTests {
    private func keys(_ text: String) -> [Key] { InputBurst.keys(Array(text.unicodeScalars)) }

    @Test func severalLinesArrivingAtOnceAreOnePaste() {
        #expect(keys("P<UTOERIKSSON\rL898902C36") == [.paste("P<UTOERIKSSON\nL898902C36")])
        #expect(keys("first line\r\nsecond\r") == [.paste("first line\nsecond\n")])
    }

    @Test func typingThatPiledUpStaysKeys() {
        #expect(keys("ab\r") == [.character("a"), .character("b"), .enter])
        #expect(keys("a\rb") == [.character("a"), .enter, .character("b")])  // too short to be a paste
        #expect(keys("Anna Maria\t") == Array("Anna Maria").map(Key.character) + [.tab])
        #expect(keys("\rAnna Maria") == [.enter] + Array("Anna Maria").map(Key.character))
    }
}
