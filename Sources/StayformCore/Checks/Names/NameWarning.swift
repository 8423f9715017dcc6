/// Why two spellings of a name probably mean the same person but need a look (not blocking).
public enum NameWarning: Hashable, Sendable {
    /// Diacritics left out where ICAO 9303 transliterates (`MÜLLER` written `MULLER`, not `MUELLER`).
    /// The passport's MRZ will not match this spelling.
    case diacriticDropped([LetterRendering])
}
