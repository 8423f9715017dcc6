import PropertyBased
import StayformCore
import Testing

@Suite struct DateInputTests {
    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso8601: iso)! }

    static let cases: [(text: String, result: DateInputResult)] = [
        ("2026-03-05", .date(d("2026-03-05"))),
        ("2026-3-5", .date(d("2026-03-05"))),
        ("  2026/03/05 ", .date(d("2026-03-05"))),
        ("05 Mar 2026", .date(d("2026-03-05"))),
        ("5 March 2026", .date(d("2026-03-05"))),
        ("5 maret 2026", .date(d("2026-03-05"))),
        ("17 Agustus 1945", .date(d("1945-08-17"))),
        ("5-MAR-2026", .date(d("2026-03-05"))),
        ("March 5, 2026", .date(d("2026-03-05"))),
        ("Sept 30 2026", .date(d("2026-09-30"))),
        ("5th March 2026", .date(d("2026-03-05"))),
        ("March 21st, 2026", .date(d("2026-03-21"))),
        ("05.03.2026", .date(d("2026-03-05"))),
        ("5.3.2026", .date(d("2026-03-05"))),
        ("05/03/2026", .ambiguous(dayFirst: d("2026-03-05"), monthFirst: d("2026-05-03"))),
        ("03/05/2026", .ambiguous(dayFirst: d("2026-05-03"), monthFirst: d("2026-03-05"))),
        ("05-03-2026", .ambiguous(dayFirst: d("2026-03-05"), monthFirst: d("2026-05-03"))),
        ("25/03/2026", .date(d("2026-03-25"))),
        ("03/25/2026", .date(d("2026-03-25"))),
        ("04/04/2026", .date(d("2026-04-04"))),
        ("29/02/2028", .date(d("2028-02-29"))),
        ("", .invalid(.empty)),
        ("   ", .invalid(.empty)),
        ("tomorrow", .invalid(.unrecognisedFormat)),
        ("2026-03", .invalid(.unrecognisedFormat)),
        ("2026-03-05-01", .invalid(.unrecognisedFormat)),
        ("05/03/26", .invalid(.twoDigitYear)),
        ("5 Mar 26", .invalid(.twoDigitYear)),
        ("5 Marz 2026", .invalid(.unknownMonthName("Marz"))),
        ("31/02/2026", .invalid(.noSuchDay(year: 2026, month: 2, day: 31))),
        ("31.04.2026", .invalid(.noSuchDay(year: 2026, month: 4, day: 31))),
        ("2026-02-29", .invalid(.noSuchDay(year: 2026, month: 2, day: 29))),
        ("30 Feb 2026", .invalid(.noSuchDay(year: 2026, month: 2, day: 30))),
        ("13/13/2026", .invalid(.noSuchDay(year: 2026, month: 13, day: 13))),
        ("123/4/2026", .invalid(.unrecognisedFormat)),
    ]

    @Test(arguments: cases)
    func parses(text: String, result: DateInputResult) {
        #expect(DateInput.parse(text) == result)
    }

    static let anyDate = Gen.int(in: -25_000...50_000).map { CalendarDate(daysSinceEpoch: $0) }

    @Test func unambiguousFormsRoundTrip() async {
        await propertyCheck(input: Self.anyDate) { date in
            #expect(DateInput.parse(date.iso8601) == .date(date))
            #expect(DateInput.parse(date.displayString) == .date(date))
            #expect(DateInput.parse("\(date.day).\(date.month).\(date.year)") == .date(date))
        }
    }

    @Test func slashedFormIsAmbiguousExactlyWhenBothReadingsAreRealAndDifferent() async {
        await propertyCheck(input: Self.anyDate) { date in
            let result = DateInput.parse("\(date.day)/\(date.month)/\(date.year)")
            #expect(result.readings.contains(date))
            let swapped = CalendarDate(year: date.year, month: date.day, day: date.month)
            if let swapped, swapped != date {
                #expect(result == .ambiguous(dayFirst: date, monthFirst: swapped))
            } else {
                #expect(result == .date(date))
            }
        }
    }

    @Test(arguments: [
        ("2026-03-05", "2026-03-05", DateComparison.equal),
        ("2026-03-05", "2026-05-03", .dayMonthSwapped),
        ("2026-03-05", "2026-03-07", .differs(days: 2)),
        ("2026-03-05", "2025-03-05", .differs(days: -365)),
        ("2026-03-05", "2027-05-03", .differs(days: 424)),
    ])
    func compares(expected: String, stated: String, comparison: DateComparison) {
        #expect(DateComparison(Self.d(expected), Self.d(stated)) == comparison)
    }

    @Test func swappingDayAndMonthIsNamed() async {
        await propertyCheck(input: Self.anyDate) { date in
            guard let swapped = CalendarDate(year: date.year, month: date.day, day: date.month), swapped != date
            else { return }
            #expect(DateComparison(date, swapped) == .dayMonthSwapped)
            #expect(DateComparison(swapped, date) == .dayMonthSwapped)
        }
    }
}
