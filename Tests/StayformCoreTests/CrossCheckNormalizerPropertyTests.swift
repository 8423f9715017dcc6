import PropertyBased
import StayformCore
import Testing
import TestSupport

/// Properties of the normalizers the same-value rules use, and of the deadlines the engine
/// reports, over generated inputs.
@Suite struct CrossCheckNormalizerPropertyTests {
    static let nameWord = Gen.letter.string(of: 1...10)

    @Test func caseAndSpacingNeverMakeANameDiffer() async {
        await propertyCheck(input: Self.nameWord.array(of: 1...4), Gen.int(in: 1...3), Gen.bool) { words, spaces, upper in
            let name = words.joined(separator: " ")
            let restated = words.map { upper ? $0.uppercased() : $0.lowercased() }
                .joined(separator: String(repeating: " ", count: spaces))
            #expect(ValueComparison(.personName, expected: name, stated: restated) == .same)
        }
    }

    @Test func aNameComparedWithItselfIsTheSame() async {
        await propertyCheck(input: Gen.unicodeScalar(in: "A"..."\u{24F}").array(of: 1...20)) { scalars in
            let name = String(String.UnicodeScalarView(scalars))
            #expect(ValueComparison(.personName, expected: name, stated: name) == .same)
            #expect(ValueComparison(.text, expected: name, stated: name) == .same)
        }
    }

    @Test func separatorsNeverMakeDigitsDiffer() async {
        await propertyCheck(input: Gen.number.string(of: 1...20), Gen.element(of: [" ", ".", "-", "/"]).array(of: 0...20)) { digits, separators in
            var restated = ""
            for (index, digit) in digits.enumerated() {
                restated.append(digit)
                if index < separators.count, let separator = separators[index] { restated += separator }
            }
            #expect(ValueComparison(.digits, expected: digits, stated: restated) == .same)
            #expect(ValueComparison(.passportNumber, expected: "X" + digits, stated: "x" + digits) == .same)
        }
    }

    static let date = zip(Gen.int(in: 1900...2100), Gen.int(in: 1...12), Gen.int(in: 1...31)).map {
        CalendarDate(year: $0, month: $1, day: min($2, CalendarDate.daysIn(month: $1, year: $0)))
    }

    @Test func aDateWrittenAnotherWayIsTheSameDate() async {
        await propertyCheck(input: Self.date, Gen.int(in: 1...60)) { date, offset in
            guard let date else { return }
            let written = "\(date.day).\(date.month < 10 ? "0" : "")\(date.month).\(date.year)"
            #expect(ValueComparison(.date, expected: date.iso8601, stated: written) == .same)
            let later = date.adding(days: offset)
            let outcome = ValueComparison(.date, expected: date.iso8601, stated: later.iso8601)
            #expect(outcome != .same)
        }
    }

    /// The engine's filing-window finding agrees with the window worked out by hand: too early
    /// before expiry − 14 days, open up to the last working day before expiry (weekends and the
    /// fixture's 24–25 December closed), closed after it, silent once expired. Expiry dates
    /// span month ends, leap days and the holidays.
    @Test func filingWindowFindingFollowsTheCalendar() async {
        let engine = CrossCheckEngine(pack: CrossCheckFixtures.pack)
        let closed: Set<CalendarDate> = [CrossCheckFixtures.date(2026, 12, 24), CrossCheckFixtures.date(2026, 12, 25)]
        let expiries = Gen.element(of: [
            (2026, 12, 26), (2026, 12, 28), (2027, 3, 1), (2028, 2, 29), (2028, 3, 1), (2026, 2, 28), (2026, 5, 31),
        ])
        await propertyCheck(count: 300, input: expiries, Gen.int(in: -25...5)) { expiryParts, offset in
            guard let (year, month, day) = expiryParts else { return }
            let expiry = CrossCheckFixtures.date(year, month, day)
            let today = expiry.adding(days: offset)
            var lastWorkingDay = expiry.adding(days: -1)
            while lastWorkingDay.isoWeekday > 5 || closed.contains(lastWorkingDay) { lastWorkingDay = lastWorkingDay.adding(days: -1) }
            var draft = CrossCheckFixtures.cleanDraft
            draft.values["permit.expiry-date"] = expiry.iso8601
            let found = engine.evaluateAll(draft: draft, today: today, attachments: CrossCheckFixtures.files)
                .findings.filter { $0.ruleID == "window" }
            let expected: FindingSeverity? =
                if today > expiry { nil }
                else if today < expiry.adding(days: -14) { .warning }
                else if today <= lastWorkingDay { .note }
                else { .warning }
            #expect(found.map(\.severity) == (expected.map { [$0] } ?? []), "expiry \(expiry), today \(today)")
            if expected == .note {
                #expect(found.first?.expected == "\(expiry.adding(days: -14).iso8601) to \(lastWorkingDay.iso8601)")
            }
        }
    }
}
