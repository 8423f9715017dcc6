extension String {
    /// The text as a search compares it: lower-cased, with the diacritics taken off letters
    /// (the same letters the name checks drop them from, `ICAOTransliteration.plain`), so that
    /// typing `cote` finds "Côte d'Ivoire" and `turkiye` finds "Türkiye".
    ///
    ///     "Curaçao".searchFolded   // "curacao"
    ///
    /// Not Foundation's `folding(options:locale:)`: that is ICU's, which would double the
    /// program's size and its start-up.
    public var searchFolded: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        return uppercased().map { ICAOTransliteration.plain(for: $0) }.joined().lowercased()
    }
}
