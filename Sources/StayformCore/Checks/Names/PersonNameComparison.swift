/// Compares a name as printed on the passport's visual page (the source of truth) with a
/// restatement of it, the way an immigration officer would.
///
///     PersonNameComparison(passport: "MÜLLER Hans", stated: "MÜLLER HANS")
///     // .equivalent([.letterCaseOrSpacing])
///     PersonNameComparison(passport: "MÜLLER, Hans", stated: "Hans Müller")
///     // .equivalent([.letterCaseOrSpacing, .punctuation, .order])
///     PersonNameComparison(passport: "MÜLLER", stated: "MUELLER")
///     // .equivalent([.transliteration([Ü as UE])])     — how the MRZ writes it
///     PersonNameComparison(passport: "MÜLLER", stated: "MULLER")
///     // .warning(.diacriticDropped([Ü as U, ICAO: UE]))
///     PersonNameComparison(passport: "MULLER", stated: "MILLER")
///     // .mismatch
///
/// Words are compared in order first, then in any order (surname first or last); when the
/// number of words differs, the letters are compared with the spaces taken out
/// (`VAN DER BERG` / `VANDERBERG`). Letters outside the Latin table (Cyrillic, Han…) must match exactly.
public enum PersonNameComparison: Hashable, Sendable {
    /// Character for character the same.
    case identical
    /// The same name written differently; the reasons explain how (show as a note).
    case equivalent([NameEquivalence])
    /// Probably the same name, but not as the MRZ will have it (show as a warning).
    case warning(NameWarning)
    /// Different names (blocking).
    case mismatch

    /// Compares `stated` with the `passport` spelling. A title the passport does not have
    /// (`MS`, `MR`, `DR`, as airline tickets print them after the given names) is left out
    /// and named in a note.
    public init(passport: String, stated: String) {
        if passport == stated {
            self = .identical
            return
        }
        let expectedWords = NameWords(passport)
        let statedWords = NameWords(stated)
        let compared = Self(expectedWords, statedWords)
        let (untitled, titles) = statedWords.removingTitles(absentFrom: expectedWords)
        guard compared == .mismatch, !titles.isEmpty, !untitled.words.isEmpty else {
            self = compared
            return
        }
        switch Self(expectedWords, untitled) {
        case .identical: self = .equivalent([.title(titles)])
        case .equivalent(let reasons): self = .equivalent(reasons + [.title(titles)])
        case let other: self = other
        }
    }

    private init(_ expectedWords: NameWords, _ statedWords: NameWords) {
        guard !expectedWords.words.isEmpty, !statedWords.words.isEmpty else {
            self = .mismatch
            return
        }
        /// How each pair of words matches; `nil` as soon as one pair does not.
        func matching(_ pairs: [(NameWord, NameWord)]) -> [WordMatch]? {
            var matches: [WordMatch] = []
            for (expected, stated) in pairs {
                guard let match = WordMatch(expected.upper, stated.upper) else { return nil }
                matches.append(match)
            }
            return matches
        }
        var notes: [NameEquivalence] = []
        var pairs: [(NameWord, NameWord)]
        var matched: [WordMatch]?
        if expectedWords.words.count == statedWords.words.count {
            pairs = Array(zip(expectedWords.words, statedWords.words))
            matched = matching(pairs)
            if matched == nil {
                let sortedPairs = Array(zip(expectedWords.sortedByPlainForm, statedWords.sortedByPlainForm))
                if let sortedMatches = matching(sortedPairs) {
                    pairs = sortedPairs
                    matched = sortedMatches
                    notes.append(.order)
                }
            }
        } else {
            pairs = [(expectedWords.joined, statedWords.joined)]
            matched = matching(pairs)
        }
        guard let matches = matched else {
            self = .mismatch
            return
        }
        let dropped = matches.flatMap(\.dropped).uniqued()
        if !dropped.isEmpty {
            self = .warning(.diacriticDropped(dropped))
            return
        }
        if expectedWords.punctuation != statedWords.punctuation { notes.insert(.punctuation, at: 0) }
        let caseDiffers = pairs.contains { $0.raw != $1.raw && ($0.hasLowercase || $1.hasLowercase) }
        if caseDiffers || expectedWords.words.count != statedWords.words.count
            || expectedWords.irregularSpacing != statedWords.irregularSpacing
        {
            notes.insert(.letterCaseOrSpacing, at: 0)
        }
        let transliterated = matches.flatMap(\.transliterated).uniqued()
        if !transliterated.isEmpty { notes.append(.transliteration(transliterated)) }
        self = .equivalent(notes.isEmpty ? [.letterCaseOrSpacing] : notes)
    }
}

extension Array where Element: Hashable {
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
