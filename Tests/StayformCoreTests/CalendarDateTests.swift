import PropertyBased
import StayformCore
import Testing

@Suite struct CalendarDateTests {
    @Test("ISO 8601 parsing accepts real days only", arguments: [
        ("2026-03-05", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
        ("2026-3-5", false), ("05/03/2026", false), ("", false), ("2026-04-31", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((CalendarDate(iso8601: text) != nil) == valid)
    }

    @Test func displayIsUnambiguous() {
        #expect(CalendarDate(year: 2026, month: 3, day: 5)?.displayString == "05 Mar 2026")
    }

    @Test func arithmeticCrossesMonthAndYearEnds() throws {
        let date = try #require(CalendarDate(iso8601: "2024-02-28"))
        #expect(date.adding(days: 1).iso8601 == "2024-02-29")
        #expect(date.adding(days: 2).iso8601 == "2024-03-01")
        #expect(try #require(CalendarDate(iso8601: "2026-12-31")).adding(days: 1).iso8601 == "2027-01-01")
        #expect(try #require(CalendarDate(iso8601: "1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(CalendarDate(iso8601: "2026-11-21")).isoWeekday == 6)  // a Saturday
    }

    @Test func daysRoundTripThroughTheCivilCalendar() async {
        await propertyCheck(input: Gen.int(in: -719_162...2_932_896)) { days in
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(iso8601: date.iso8601) == date)
            #expect(date.adding(days: 1) > date)
        }
    }
}
