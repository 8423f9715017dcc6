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

    /// Compares `stated` with the `passport` spelling.
    public init(passport: String, stated: String) {
        if passport == stated {
            self = .identical
            return
        }
        let expectedWords = NameWords(passport)
        let statedWords = NameWords(stated)
        guard !expectedWords.words.isEmpty, !statedWords.words.isEmpty else {
            self = .mismatch
            return
        }
        var notes: [NameEquivalence] = []
        var pairs: [(NameWord, NameWord)]
        if expectedWords.words.count == statedWords.words.count {
            pairs = Array(zip(expectedWords.words, statedWords.words))
            if !pairs.allSatisfy({ WordMatch($0.upper, $1.upper) != nil }) {
                let sortedPairs = Array(zip(expectedWords.sortedByPlainForm, statedWords.sortedByPlainForm))
                if sortedPairs.allSatisfy({ WordMatch($0.upper, $1.upper) != nil }) {
                    pairs = sortedPairs
                    notes.append(.order)
                }
            }
        } else {
            pairs = [(expectedWords.joined, statedWords.joined)]
        }
        let matches = pairs.compactMap { WordMatch($0.upper, $1.upper) }
        guard matches.count == pairs.count else {
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

/// One word of a name, as typed and uppercased.
private struct NameWord {
    let raw: String
    /// Uppercased letter by letter; `ß` stays `ß` so that its transliteration can be named.
    let upper: String

    var hasLowercase: Bool { raw.contains(where: \.isLowercase) }
}

/// A name split into words; apostrophes are dropped (`O'BRIEN` → `OBRIEN`, as in the MRZ),
/// hyphens, commas, full stops and whitespace separate words.
private struct NameWords {
    let words: [NameWord]
    /// The punctuation characters used, in order (all apostrophes counted as `'`).
    let punctuation: [Character]
    /// Leading, trailing or doubled whitespace.
    let irregularSpacing: Bool

    init(_ text: String) {
        var words: [NameWord] = []
        var punctuation: [Character] = []
        var raw = ""
        var upper = ""
        for character in text {
            if NameWords.apostrophes.contains(character) {
                punctuation.append("'")
            } else if character.isLetter || character.isMark {
                raw.append(character)
                upper += character == "ß" ? "ß" : character.uppercased()
            } else {
                if !character.isWhitespace { punctuation.append(character) }
                if !raw.isEmpty { words.append(NameWord(raw: raw, upper: upper)) }
                raw = ""
                upper = ""
            }
        }
        if !raw.isEmpty { words.append(NameWord(raw: raw, upper: upper)) }
        self.words = words
        self.punctuation = punctuation
        let trimmed = text.trimmingWhitespace
        irregularSpacing = trimmed.count != text.count || trimmed.contains(where: { $0.isWhitespace && $0 != " " })
            || trimmed.contains("  ")
    }

    /// All words run together, for names split into a different number of words.
    var joined: NameWord {
        NameWord(raw: words.map(\.raw).joined(), upper: words.map(\.upper).joined())
    }

    var sortedByPlainForm: [NameWord] {
        words.sorted { WordMatch.plainForm($0.upper) < WordMatch.plainForm($1.upper) }
    }

    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "`", "\u{02BC}"]
}

extension Character {
    /// A combining mark typed on its own (a decomposed diacritic).
    fileprivate var isMark: Bool {
        unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
    }
}

extension Array where Element: Hashable {
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
