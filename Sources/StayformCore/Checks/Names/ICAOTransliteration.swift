/// The Latin-letter transliterations of ICAO Doc 9303 part 3 (section 6, "Transliterations
/// recommended for use by States"): how a letter of the visual page is written in the MRZ,
/// and how it looks when someone simply drops its diacritic.
///
///     ICAOTransliteration.mrz(for: "Ü")     // "UE"
///     ICAOTransliteration.plain(for: "Ü")   // "U"  (not ICAO: a dropped umlaut)
///     ICAOTransliteration.mrz(for: "É")     // "E"
enum ICAOTransliteration {
    /// The MRZ rendering of an uppercase letter; the letter itself when it is outside the table.
    static func mrz(for letter: Character) -> String {
        if let special = mrzSpecial[letter] { return special }
        return plain(for: letter)
    }

    /// The letter with its diacritic removed; the letter itself when it has none.
    static func plain(for letter: Character) -> String {
        if let special = plainSpecial[letter] { return special }
        if let base = baseLetter[letter] ?? latinBase(of: letter) { return String(base) }
        return String(letter)
    }

    /// The base letter of a Latin letter outside the table (Vietnamese `Ệ` is `E`), read from
    /// the Unicode name the standard library carries ("LATIN CAPITAL LETTER E WITH CIRCUMFLEX
    /// AND DOT BELOW"), or of a letter followed by combining marks; in the letter's case.
    private static func latinBase(of letter: Character) -> Character? {
        let scalars = letter.unicodeScalars
        guard let first = scalars.first,
            scalars.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
        else { return nil }
        if first.isASCII { return scalars.count > 1 && first.properties.isAlphabetic ? Character(first) : nil }
        guard let name = first.properties.name else { return nil }
        for (prefix, caseOffset) in [("LATIN CAPITAL LETTER ", UInt8(0)), ("LATIN SMALL LETTER ", UInt8(0x20))]
        where name.hasPrefix(prefix) {
            let rest = name.utf8.dropFirst(prefix.utf8.count)
            guard let base = rest.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(base),
                rest.dropFirst().starts(with: " WITH ".utf8)
            else { return nil }
            return Character(Unicode.Scalar(base + caseOffset))
        }
        return nil
    }

    /// Letters whose ICAO transliteration is not just the base letter.
    private static let mrzSpecial: [Character: String] = [
        "Ä": "AE", "Å": "AA", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Œ": "OE", "Ü": "UE",
        "ß": "SS", "ẞ": "SS", "Ĳ": "IJ", "Þ": "TH",
    ]

    /// Letters without a canonical decomposition, and what they become without their stroke or ligature.
    private static let plainSpecial: [Character: String] = [
        "Æ": "AE", "Ø": "O", "Œ": "OE", "ß": "SS", "ẞ": "SS", "Ĳ": "IJ", "Þ": "TH", "Ð": "D", "Đ": "D",
        "Ł": "L", "Ŀ": "L", "Ħ": "H", "Ŧ": "T", "Ŋ": "N",
    ]

    /// Uppercase Latin letters with diacritics (U+00C0–U+024F), by the base letter they decompose to.
    private static let baseLetter: [Character: Character] = {
        let groups: [(Character, String)] = [
            ("A", "ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦ"), ("C", "ÇĆĈĊČ"), ("D", "Ď"), ("E", "ÈÉÊËĒĔĖĘĚȄȆȨ"),
            ("G", "ĜĞĠĢǦǴ"), ("H", "ĤȞ"), ("I", "ÌÍÎÏĨĪĬĮİǏȈȊ"), ("J", "Ĵ"), ("K", "ĶǨ"), ("L", "ĹĻĽ"),
            ("N", "ÑŃŅŇǸ"), ("O", "ÒÓÔÕÖŌŎŐƠǑǪǬȌȎȪȬȮȰ"), ("R", "ŔŖŘȐȒ"), ("S", "ŚŜŞŠȘ"), ("T", "ŢŤȚ"),
            ("U", "ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖ"), ("W", "Ŵ"), ("Y", "ÝŶŸȲ"), ("Z", "ŹŻŽ"),
        ]
        var table: [Character: Character] = [:]
        for (base, letters) in groups {
            for letter in letters { table[letter] = base }
        }
        return table
    }()
}
