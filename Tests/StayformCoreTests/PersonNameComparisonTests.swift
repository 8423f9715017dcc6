import PropertyBased
import StayformCore
import Testing

@Suite struct PersonNameComparisonTests {
    static func r(_ letter: Character, _ written: String, _ icao: String) -> LetterRendering {
        LetterRendering(letter: letter, writtenAs: written, icaoTransliteration: icao)
    }

    static let cases: [(passport: String, stated: String, outcome: PersonNameComparison)] = [
        ("MÜLLER Hans", "MÜLLER Hans", .identical),
        ("MÜLLER Hans", "MÜLLER HANS", .equivalent([.letterCaseOrSpacing])),
        ("MÜLLER Hans", " MÜLLER   Hans ", .equivalent([.letterCaseOrSpacing])),
        ("MÜLLER HANS", "MÜLLER\tHANS", .equivalent([.letterCaseOrSpacing])),
        ("MÜLLER HANS", "MÜLLER  HANS", .equivalent([.letterCaseOrSpacing])),
        ("MÜLLER HANS", "MÜLLER HANS\n", .equivalent([.letterCaseOrSpacing])),
        ("MULLER HANS", "MULLER HANSX", .mismatch),
        ("MÜLLER, Hans", "Hans Müller", .equivalent([.letterCaseOrSpacing, .punctuation, .order])),
        ("NGUYEN VAN AN", "VAN AN NGUYEN", .equivalent([.order])),
        ("O'BRIEN", "OBRIEN", .equivalent([.punctuation])),
        ("O’Brien Mary", "O'Brien Mary", .equivalent([.letterCaseOrSpacing])),
        ("JEAN-LUC PICARD", "JEAN LUC PICARD", .equivalent([.punctuation])),
        ("VAN DER BERG", "VANDERBERG", .equivalent([.letterCaseOrSpacing])),
        ("MÜLLER", "MUELLER", .equivalent([.transliteration([r("Ü", "UE", "UE")])])),
        ("MUELLER", "Müller", .equivalent([.letterCaseOrSpacing, .transliteration([r("Ü", "UE", "UE")])])),
        ("STRAẞER", "STRASSER", .equivalent([.transliteration([r("ẞ", "SS", "SS")])])),
        ("Straßer", "STRASSER", .equivalent([.letterCaseOrSpacing, .transliteration([r("ß", "SS", "SS")])])),
        ("ÅSTRÖM", "AASTROEM", .equivalent([.transliteration([r("Å", "AA", "AA"), r("Ö", "OE", "OE")])])),
        ("SØRENSEN", "SOERENSEN", .equivalent([.transliteration([r("Ø", "OE", "OE")])])),
        ("JOSÉ NUÑEZ", "JOSE NUNEZ", .equivalent([.transliteration([r("É", "E", "E"), r("Ñ", "N", "N")])])),
        ("ÞÓRSDÓTTIR", "THORSDOTTIR", .equivalent([.transliteration([r("Þ", "TH", "TH"), r("Ó", "O", "O")])])),
        ("VAN DĲK", "VAN DIJK", .equivalent([.transliteration([r("Ĳ", "IJ", "IJ")])])),
        ("BŒUF", "BOEUF", .equivalent([.transliteration([r("Œ", "OE", "OE")])])),
        ("MÜLLER", "MU\u{308}LLER", .identical),  // the same text, decomposed
        ("MÜLLER", "MULLER", .warning(.diacriticDropped([r("Ü", "U", "UE")]))),
        ("SØRENSEN", "SORENSEN", .warning(.diacriticDropped([r("Ø", "O", "OE")]))),
        ("MÜLLER-GÖTZ", "MUELLER GOTZ", .warning(.diacriticDropped([r("Ö", "O", "OE")]))),
        ("MULLER", "MILLER", .mismatch),
        ("MULLER", "MUELLER", .mismatch),
        ("MÜLLER Hans", "MÜLLER Hanna", .mismatch),
        ("MÜLLER Hans", "MÜLLER", .mismatch),
        ("MÜLLER Hans", "", .mismatch),
        ("ИВАНОВ", "ИВАНОВ", .identical),
        ("ИВАНОВ", "иванов", .equivalent([.letterCaseOrSpacing])),
        ("ИВАНОВ", "IVANOV", .mismatch),
    ]

    @Test(arguments: cases)
    func compares(passport: String, stated: String, outcome: PersonNameComparison) {
        #expect(PersonNameComparison(passport: passport, stated: stated) == outcome)
    }

    static let word = Gen.letter.string(of: 1...10)

    @Test func caseAndOrderNeverMakeAMismatch() async {
        await propertyCheck(input: Self.word.array(of: 1...4)) { words in
            let passport = words.joined(separator: " ").uppercased()
            let stated = words.reversed().joined(separator: "  ").lowercased()
            let outcome = PersonNameComparison(passport: passport, stated: stated)
            switch outcome {
            case .identical, .equivalent: break
            case .warning, .mismatch: Issue.record("\(passport) / \(stated): \(outcome)")
            }
        }
    }

    @Test func changingOneLetterIsAMismatch() async {
        await propertyCheck(input: Self.word.array(of: 1...4), Gen.int(in: 0...100)) { words, seed in
            let passport = words.joined(separator: " ").uppercased()
            var letters = Array(passport)
            let letterIndices = letters.indices.filter { letters[$0].isLetter }
            let index = letterIndices[seed % letterIndices.count]
            letters[index] = letters[index] == "Q" ? "X" : "Q"
            #expect(PersonNameComparison(passport: passport, stated: String(letters)) == .mismatch)
        }
    }

    @Test func theMRZSpellingIsAlwaysEquivalent() async {
        let special: [Character] = ["Ä", "Ö", "Ü", "Å", "Æ", "Ø", "ß", "Ñ", "É", "Č", "Ł", "Þ"]
        let mrz: [Character: String] = [
            "Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "ß": "SS", "Ñ": "N", "É": "E",
            "Č": "C", "Ł": "L", "Þ": "TH",
        ]
        await propertyCheck(input: Self.word, Gen.int(in: 0...(special.count - 1)), Gen.int(in: 0...9)) {
            word, which, at in
            var letters = Array(word.uppercased())
            let position = at % (letters.count + 1)
            letters.insert(special[which], at: position)
            let passport = String(letters)
            let transliterated = passport.map { mrz[$0] ?? String($0) }.joined()
            let outcome = PersonNameComparison(passport: passport, stated: transliterated)
            guard case .equivalent(let reasons) = outcome, case .transliteration = reasons.last else {
                Issue.record("\(passport) / \(transliterated): \(outcome)")
                return
            }
        }
    }
}
