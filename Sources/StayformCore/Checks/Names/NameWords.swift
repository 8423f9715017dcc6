/// One word of a name, as typed and uppercased.
struct NameWord {
    let raw: String
    /// Uppercased letter by letter; `ß` stays `ß` so that its transliteration can be named.
    let upper: String

    var hasLowercase: Bool { raw.contains(where: \.isLowercase) }
}

/// A name split into words; apostrophes are dropped (`O'BRIEN` → `OBRIEN`, as in the MRZ),
/// hyphens, commas, full stops and whitespace separate words.
struct NameWords {
    let words: [NameWord]
    /// The punctuation characters used, in order (all apostrophes counted as `'`).
    let punctuation: [Character]
    /// Leading, trailing or doubled whitespace.
    let irregularSpacing: Bool

    private init(words: [NameWord], punctuation: [Character], irregularSpacing: Bool) {
        self.words = words
        self.punctuation = punctuation
        self.irregularSpacing = irregularSpacing
    }

    init(_ text: String) {
        var words: [NameWord] = []
        var punctuation: [Character] = []
        var raw = ""
        var upper = ""
        // Leading, trailing or doubled spaces, or whitespace other than the space.
        var irregularSpacing = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        var previous: Character?
        for character in text {
            defer { previous = character }
            // ASCII, most names, is told apart without Unicode's tables.
            let ascii = character.asciiValue
            let isWhitespace = ascii.map { $0 == 0x20 || (0x09...0x0D).contains($0) } ?? character.isWhitespace
            if isWhitespace && (character != " " || previous == " ") { irregularSpacing = true }
            if let ascii, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(ascii & 0xDF) {
                raw.append(character)
                upper.append(Character(Unicode.Scalar(ascii & 0xDF)))
            } else if NameWords.apostrophes.contains(character) {
                punctuation.append("'")
            } else if ascii == nil && (character.isLetter || character.isMark) {
                raw.append(character)
                upper += character == "ß" ? "ß" : character.uppercased()
            } else {
                if !isWhitespace { punctuation.append(character) }
                if !raw.isEmpty { words.append(NameWord(raw: raw, upper: upper)) }
                raw = ""
                upper = ""
            }
        }
        if !raw.isEmpty { words.append(NameWord(raw: raw, upper: upper)) }
        self.words = words
        self.punctuation = punctuation
        self.irregularSpacing = irregularSpacing
    }

    /// The words without the titles that `passport` does not have, and those titles.
    func removingTitles(absentFrom passport: NameWords) -> (NameWords, [String]) {
        let passportWords = Set(passport.words.map(\.upper))
        var kept: [NameWord] = []
        var titles: [String] = []
        for word in words {
            if Self.titles.contains(word.upper), !passportWords.contains(word.upper) {
                titles.append(word.upper)
            } else {
                kept.append(word)
            }
        }
        return (NameWords(words: kept, punctuation: punctuation, irregularSpacing: irregularSpacing), titles)
    }

    /// Titles that tickets, letters and bookings add to a name.
    static let titles: Set<String> = ["MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF"]

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
