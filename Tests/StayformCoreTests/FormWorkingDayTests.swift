import StayformCore
import Testing

@Suite("Working days")
struct FormWorkingDayTests {
    static func date(_ text: String) -> CalendarDate {
        CalendarDate(iso8601: text) ?? CalendarDate(daysSinceEpoch: 0)
    }

    /// Nyepi week 2026 as the pack lists it: collective leave on Wednesday, Nyepi on Thursday,
    /// collective leave on Friday.
    static let pack = FormPack(
        id: "t", title: LocalizedText(english: "T"), edition: "1", sections: [],
        holidayYears: [
            HolidayYear(
                year: 2026,
                provenance: Provenance(source: "test", effectiveDate: nil,
                    lastChecked: date("2026-11-21"), confidence: .confirmed),
                days: [
                    Holiday(date: date("2026-03-18"), name: LocalizedText(english: "Leave"),
                        kind: .collectiveLeave),
                    Holiday(date: date("2026-03-19"), name: LocalizedText(english: "Nyepi"),
                        kind: .holiday),
                    Holiday(date: date("2026-03-20"), name: LocalizedText(english: "Leave"),
                        kind: .collectiveLeave),
                ])
        ])

    @Test("working days", arguments: [
        ("2026-03-17", true),  // Tuesday
        ("2026-03-18", false),  // collective leave
        ("2026-03-19", false),  // Nyepi
        ("2026-03-21", false),  // Saturday
        ("2026-03-23", true),  // Monday
        ("2027-03-17", true),  // a year without a list: weekdays work
    ])
    func workingDay(_ day: String, _ expected: Bool) {
        #expect(Self.pack.isWorkingDay(Self.date(day)) == expected)
    }

    @Test("the last working day before an expiry", arguments: [
        ("2026-03-23", "2026-03-17"),  // Monday expiry: back over a weekend and three closed days
        ("2026-03-18", "2026-03-17"),
        ("2026-03-17", "2026-03-16"),
        ("2026-03-16", "2026-03-13"),  // Monday: the Friday before
    ])
    func lastWorkingDay(_ expiry: String, _ expected: String) {
        #expect(Self.pack.lastWorkingDay(before: Self.date(expiry)) == Self.date(expected))
    }

    @Test("holiday lists by year")
    func hasHolidays() {
        #expect(Self.pack.hasHolidays(for: 2026))
        #expect(!Self.pack.hasHolidays(for: 2027))
    }
}
