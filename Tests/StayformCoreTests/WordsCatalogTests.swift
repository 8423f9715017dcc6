import Foundation
import StayformCore
import Testing

/// The two catalogs hold the same keys with the same placeholders, every key is used by the
/// program, and every key the program asks for is in the catalogs.
@Suite struct WordsCatalogTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The code of every Swift file under Sources/ (comment lines left out).
    static let sources: String = {
        let root = repository.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let text = files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        return text.split(separator: "\n")
            .filter { !$0.trimmingWhitespace.hasPrefix("//") }
            .joined(separator: "\n")
    }()

    @Test(arguments: Language.allCases)
    func everyLineOfTheCatalogIsAnEntry(_ language: Language) {
        #expect(language.words.problems == [])
        #expect(!language.words.keys.isEmpty)
    }

    @Test func bothCatalogsHaveTheSameKeys() {
        let english = Language.english.words.keys
        let indonesian = Language.indonesian.words.keys
        #expect(english.subtracting(indonesian).sorted() == [], "keys with no Indonesian text")
        #expect(indonesian.subtracting(english).sorted() == [], "keys with no English text")
    }

    @Test func bothLanguagesFillInTheSamePlaceholders() {
        let english = Language.english.words
        let indonesian = Language.indonesian.words
        for key in english.keys.sorted() where !key.hasPrefix("date.format") {
            #expect(Self.placeholders(english[key]) == Self.placeholders(indonesian[key]), "\(key)")
        }
    }

    /// A date's format picks what it shows among the parts the program gives.
    @Test(arguments: Language.allCases)
    func dateFormatsUseOnlyTheGivenParts(_ language: Language) {
        for key in ["date.format", "date.format.abbreviated"] {
            let used = Self.placeholders(language.words[key])
            #expect(used.isSubset(of: ["iso", "day", "dd", "month", "mon", "year"]), "\(key)")
            #expect(!used.isEmpty, "\(key)")
        }
    }

    @Test func everyKeyIsUsedByTheProgram() {
        let unused = Language.english.words.keys.filter { !Self.isUsed($0) }
        #expect(unused.sorted() == [], "keys no source file asks for")
    }

    @Test func everyKeyTheProgramAsksForIsInTheCatalog() throws {
        let asked = try Regex(#"words(?:\[|\(|\.counted\()\s*"([A-Za-z0-9.-]+)""#)
        let keys = Language.english.words.keys
        var missing: [String] = []
        for match in Self.sources.matches(of: asked) {
            guard let key = match.output[1].substring.map(String.init) else { continue }
            let known = keys.contains(key) || (keys.contains(key + ".one") && keys.contains(key + ".other"))
            if !known { missing.append(key) }
        }
        #expect(missing.sorted() == [], "keys the program asks for that no catalog has")
    }

    @Test func indonesianWritesDatesAndMoneyItsOwnWay() throws {
        let date = try #require(CalendarDate(year: 2026, month: 3, day: 5))
        #expect(Language.indonesian.words.date(date) == "5 Maret 2026")
        #expect(Language.indonesian.words.date(date, style: .abbreviated) == "5 Mar 2026")
        #expect(Language.indonesian.words.money(1_000_000, currency: "IDR") == "Rp1.000.000")
        #expect(Language.english.words.date(date) == "2026-03-05")
        #expect(Language.english.words.date(date, style: .abbreviated) == "05 Mar 2026")
        #expect(Language.english.words.money(1_000_000, currency: "IDR") == "IDR 1,000,000")
        #expect(Language.english.words.number(-1234) == "-1,234")
    }

    @Test func theLanguageComesFromTheLocaleVariablesInTheirOrder() {
        #expect(Language(environment: ["LANG": "id_ID.UTF-8"]) == .indonesian)
        #expect(Language(environment: ["LANG": "id_ID.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"]) == .english)
        #expect(Language(environment: ["LC_ALL": "id", "LANG": "C"]) == .indonesian)
        #expect(Language(environment: ["LC_ALL": "", "LANG": "id_ID"]) == .indonesian)
        #expect(Language(environment: ["LANG": "C.UTF-8"]) == .english)
        #expect(Language(environment: [:]) == .english)
        #expect(Language(code: "ID") == .indonesian)
        #expect(Language(code: "fr") == nil)
        #expect(Language(orEnglish: "fr") == .english)
        #expect(Language(orEnglish: "id") == .indonesian)
    }

    @Test func aKeyMissingFromTheCatalogFallsBackToEnglishThenToTheKey() {
        #expect(Language.indonesian.words["no.such.key"] == "no.such.key")
        #expect(Language.english.words("no.such.key", ["x": "1"]) == "no.such.key")
    }

    /// A key is used when its literal is in a source file; `x.one`/`x.other` when `x` is (a
    /// counted text); `a.b.c` when `"a.b.` is followed by an interpolation (a key built from a
    /// value, such as a month or a rule kind).
    static func isUsed(_ key: String) -> Bool {
        if sources.contains("\"\(key)\"") { return true }
        for suffix in [".one", ".other"] where key.hasSuffix(suffix) {
            if sources.contains("\"\(key.dropLast(suffix.count))\"") { return true }
        }
        var prefix = Substring(key)
        while let dot = prefix.lastIndex(of: ".") {
            prefix = prefix[..<dot]
            if sources.contains("\"\(prefix).\\(") { return true }
        }
        return false
    }

    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: #/\{([a-z0-9-]+)\}/#).map { String($0.output.1) })
    }
}
