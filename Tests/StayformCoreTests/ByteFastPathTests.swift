import PropertyBased
@testable import StayformCore
import Testing

/// The byte-by-byte readings the cross-checks use on every keystroke give exactly what the
/// character-by-character readings they replaced give, for any text.
@Suite struct ByteFastPathTests {
    /// Text mixing whitespace of every kind, digits, hyphens, combining marks and any
    /// character up to U+05FF.
    static let awkwardText = zip(
        Gen.element(of: [" ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{85}", "\u{A0}", "\u{2003}", "-", "0", "9", "\u{301}", "2"]
            as [Character]),
        Gen.unicodeScalar(in: "\u{0}"..."\u{5FF}"), Gen.bool
    ).map { special, scalar, pickSpecial in pickSpecial ? special ?? " " : Character(scalar) }.string(of: 0...14)

    /// Dates and near-dates: ten characters of digits and hyphens, now and then another one.
    static let dateLikeText = zip(
        Gen.element(of: ["0", "1", "2", "3", "9", "-", "-", "\u{301}", "x", " ", "٣"] as [Character]).map { $0 ?? "0" }.string(of: 8...11),
        Gen.int(in: -800_000...2_932_896), Gen.bool
    ).map { noise, days, real in
        guard real else { return noise }
        let date = CalendarDate(daysSinceEpoch: days)
        func pad(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
    }

    /// What `trimmingWhitespace` gave when it looked at every character.
    static func trimmedByCharacter(_ text: String) -> String {
        let head = text.drop(while: \.isWhitespace)
        guard let last = head.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(head[...last])
    }

    /// What `CalendarDate(iso8601:)` gave when it split the text at its hyphens.
    static func dateBySplitting(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    @Test func trimmingIsTheCharacterByCharacterTrimming() async {
        await propertyCheck(count: 500, input: Self.awkwardText) { text in
            #expect(text.trimmingWhitespace == Self.trimmedByCharacter(text))
            #expect(text[...].trimmingWhitespace == Self.trimmedByCharacter(text))
        }
    }

    @Test func passportNumbersAreNormalizedAsCharacterByCharacter() async {
        await propertyCheck(count: 500, input: Self.awkwardText) { text in
            #expect(PassportNumberComparison.normalized(text) == Array(text.uppercased().filter { !$0.isWhitespace && $0 != "-" }))
            #expect(PassportNumberComparison.normalized(text + "aZ-") == Array((text + "AZ").uppercased().filter { !$0.isWhitespace && $0 != "-" }))
        }
    }

    @Test func textIsComparedWordByWordIgnoringCase() async {
        func normalized(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        }
        let words = Language.english.words
        await propertyCheck(count: 500, input: Self.awkwardText, Gen.bool) { text, variant in
            let other = variant ? " \(text.uppercased())\t" : text + "x"
            let expected: ValueComparison = normalized(text) == normalized(other) ? .same : .differs(words["finding.compare.text"])
            #expect(ValueComparison(.text, expected: text, stated: other) == expected)
        }
    }

    @Test func isoDatesAreReadAsSplittingReadThem() async {
        await propertyCheck(count: 500, input: Self.dateLikeText) { text in
            #expect(CalendarDate(iso8601: text) == Self.dateBySplitting(text))
        }
    }

    @Test func isoDatesAreWrittenAsTheyAreRead() async {
        await propertyCheck(input: Gen.int(in: -719_162...2_932_896)) { days in
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(CalendarDate(iso8601: date.iso8601) == date)
            #expect(date.iso8601.utf8.count == 10)
        }
    }

    @Test(arguments: [
        (CalendarDate(year: 1, month: 1, day: 1), "0001-01-01"), (CalendarDate(year: 2026, month: 3, day: 5), "2026-03-05"),
        (CalendarDate(year: 9999, month: 12, day: 31), "9999-12-31"),
    ])
    func isoDatesArePadded(date: CalendarDate?, text: String) {
        #expect(date?.iso8601 == text)
    }

    @Test func datesAreWrittenInEachLanguage() throws {
        let date = try #require(CalendarDate(iso8601: "2026-03-05"))
        #expect(Language.english.words.date(date) == "2026-03-05")
        #expect(Language.english.words.date(date, style: .abbreviated) == "05 Mar 2026")
        #expect(Language.indonesian.words.date(date) == "5 Maret 2026")
        #expect(Language.indonesian.words.date(date, style: .abbreviated) == "5 Mar 2026")
    }
}
