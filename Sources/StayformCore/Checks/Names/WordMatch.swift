/// How two uppercase words of a name match letter by letter, allowing each letter with a
/// diacritic to be written as its ICAO transliteration (a note) or without its diacritic
/// (a warning). `nil` from the initialiser means the words differ.
struct WordMatch: Equatable {
    /// Letters written as ICAO transliterates them.
    var transliterated: [LetterRendering] = []
    /// Letters written without their diacritic where ICAO transliterates differently.
    var dropped: [LetterRendering] = []

    init?(_ first: String, _ second: String) {
        if first == second { return }
        // ASCII letters are their own transliteration: two ASCII words match only when equal.
        if first.utf8.allSatisfy({ $0 < 0x80 }) && second.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        // Longer "words" are not names: compare them exactly, keeping the recursion shallow.
        guard first.count <= WordMatch.maximumWordLength, second.count <= WordMatch.maximumWordLength else {
            return nil
        }
        // Transliterate from the spelling with more non-ASCII letters into the other.
        let (source, target) = first.nonASCIICount >= second.nonASCIICount ? (first, second) : (second, first)
        let targetLetters = Array(target.flatMap { WordMatch.mrzForm(String($0)) })
        var deadEnds: Set<[Int]> = []
        guard let match = WordMatch.align(Array(source), 0, targetLetters, 0, &deadEnds) else { return nil }
        self = match
    }

    /// The longest word compared letter by letter.
    static let maximumWordLength = 128

    private init(transliterated: [LetterRendering], dropped: [LetterRendering]) {
        self.transliterated = transliterated
        self.dropped = dropped
    }

    /// Matches `source[i...]` against `target[j...]`, preferring proper transliterations.
    /// `deadEnds` remembers the `[i, j]` that failed, so hostile names cost O(length²), not 2ⁿ.
    private static func align(
        _ source: [Character], _ i: Int, _ target: [Character], _ j: Int, _ deadEnds: inout Set<[Int]>
    ) -> WordMatch? {
        if i == source.count { return j == target.count ? WordMatch(transliterated: [], dropped: []) : nil }
        if deadEnds.contains([i, j]) { return nil }
        let letter = source[i]
        let mrz = ICAOTransliteration.mrz(for: letter)
        let plain = ICAOTransliteration.plain(for: letter)
        for (rendering, isProper) in [(mrz, true), (plain, false)] where !(isProper == false && plain == mrz) {
            let end = j + rendering.count
            guard end <= target.count, target[j..<end].elementsEqual(rendering) else { continue }
            guard var rest = align(source, i + 1, target, end, &deadEnds) else { continue }
            if String(letter) != rendering {
                let entry = LetterRendering(letter: letter, writtenAs: rendering, icaoTransliteration: mrz)
                if isProper { rest.transliterated.insert(entry, at: 0) } else { rest.dropped.insert(entry, at: 0) }
            }
            return rest
        }
        deadEnds.insert([i, j])
        return nil
    }

    /// The word as the MRZ would write it.
    static func mrzForm(_ word: String) -> String {
        word.map { ICAOTransliteration.mrz(for: $0) }.joined()
    }

    /// The word with every diacritic dropped: the key for matching words out of order.
    static func plainForm(_ word: String) -> String {
        word.map { ICAOTransliteration.plain(for: $0) }.joined()
    }
}

extension String {
    fileprivate var nonASCIICount: Int { count(where: { !$0.isASCII }) }
}
