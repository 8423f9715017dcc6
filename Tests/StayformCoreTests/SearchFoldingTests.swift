import Foundation
import StayformCore
import Testing

/// Search folding against Foundation's (ICU's) case- and diacritic-insensitive folding.
@Suite struct SearchFoldingTests {
    @Test(arguments: [
        ("Côte d'Ivoire", "cote d'ivoire"), ("Curaçao", "curacao"), ("TÜRKİYE", "turkiye"),
        ("São Tomé", "sao tome"), ("Việt Nam", "viet nam"), ("ǰ", "j"), ("Åland", "aland"), ("Łódź", "lodz"), ("e\u{301}cole", "ecole"), ("INDONESIA", "indonesia"),
    ])
    func searchingIgnoresCaseAndDiacritics(text: String, folded: String) {
        #expect(text.searchFolded == folded)
    }

    /// Every Latin letter with a diacritic in U+00C0–U+024F and U+1E00–U+1EFF folds as ICU folds it, where ICU
    /// takes the diacritic off (letters with strokes, which ICU keeps, fold to their base letter).
    @Test func everyLatinLetterFoldsAsICUFoldsIt() {
        var compared = 0
        for value in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let letter = String(scalar)
            let icu = letter.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            guard icu.unicodeScalars.allSatisfy(\.isASCII) else { continue }
            compared += 1
            #expect(letter.searchFolded == icu, "U+\(String(value, radix: 16)) \(letter)")
        }
        #expect(compared > 400)
    }
}
