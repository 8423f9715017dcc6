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
    /// A title the passport does not print (`SCHMIDT/ANNA MS` on an airline ticket).
    case title([String])
}
