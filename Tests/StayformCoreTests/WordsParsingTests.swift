@testable import StayformCore
import Testing

/// How a catalog's lines are read: entries, comments, blanks, escapes and the problems of a
/// damaged catalog, each with its line number.
@Suite struct WordsParsingTests {
    static func words(_ text: String) -> Words {
        Words(language: .indonesian, catalog: Array(text.utf8))
    }

    @Test func entriesCommentsAndBlanks() {
        let words = Self.words("# comment\n\n  a.b =  Halo dunia  \r\nc-d=Baris\\nkedua \\\\ \n")
        #expect(words.problems == [])
        #expect(words["a.b"] == "Halo dunia")
        #expect(words["c-d"] == "Baris\nkedua \\")
        #expect(words.keys == ["a.b", "c-d"])
    }

    @Test func aDamagedCatalogNamesEachBadLine() {
        let words = Self.words("a = 1\nno equals sign\nbad key! = x\n = empty key\na = 2\n")
        #expect(words.problems == [
            "line 2: no `=` between key and text",
            "line 3: a key is letters, digits, `.` and `-`",
            "line 4: a key is letters, digits, `.` and `-`",
            "line 5: `a` appears twice",
        ])
        #expect(words["a"] == "2")
    }

    @Test func textsKeepTheirUnicodeAndPlaceholders() {
        let words = Self.words("x = {count} hari — Müller ✓\n")
        #expect(words.counted("x", 3) == "x.other")
        #expect(words("x", ["count": "3"]) == "3 hari — Müller ✓")
    }
}
