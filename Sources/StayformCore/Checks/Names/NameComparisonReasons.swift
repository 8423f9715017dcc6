/// Why two spellings of a name are the same name: shown as a note, never blocking.
public enum NameEquivalence: Hashable, Sendable {
    /// Only upper/lower case or the spaces between words differ (`Hans Müller`, `HANS  MÜLLER`).
    case letterCaseOrSpacing
    /// Hyphens, apostrophes, commas or full stops differ (`O'Brien`/`OBRIEN`, `Jean-Luc`/`JEAN LUC`).
    case punctuation
    /// The same names in another order (`MÜLLER, Hans` / `Hans Müller`; `NGUYEN VAN AN` / `VAN AN NGUYEN`).
    case order
    /// Letters written as the MRZ writes them (ICAO 9303: `Ü`→`UE`, `É`→`E`).
    case transliteration([LetterRendering])
}

/// Why two spellings of a name probably mean the same person but need a look (not blocking).
public enum NameWarning: Hashable, Sendable {
    /// Diacritics left out where ICAO 9303 transliterates (`MÜLLER` written `MULLER`, not `MUELLER`).
    /// The passport's MRZ will not match this spelling.
    case diacriticDropped([LetterRendering])
}

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
