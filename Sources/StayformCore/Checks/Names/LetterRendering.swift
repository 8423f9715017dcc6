/// One letter of a name and how it was written in the other spelling.
public struct LetterRendering: Hashable, Sendable {
    /// The letter as on the page with diacritics, uppercased (`Ü`).
    public let letter: Character
    /// How the other spelling writes it (`UE`, `U`).
    public let writtenAs: String
    /// The ICAO 9303 transliteration (`UE`); equal to `writtenAs` for a proper transliteration.
    public let icaoTransliteration: String

    public init(letter: Character, writtenAs: String, icaoTransliteration: String) {
        self.letter = letter
        self.writtenAs = writtenAs
        self.icaoTransliteration = icaoTransliteration
    }
}
