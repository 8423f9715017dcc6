import PropertyBased
import StayformCore
import Testing

@Suite struct FilingWindowTests {
    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso8601: iso)! }
    /// Nyepi and Eid al-Fitr 2026 (Thursday and Friday), as a pack would list them.
    static let calendar2026 = WorkingDayCalendar(holidays: [d("2026-03-19"), d("2026-03-20"), d("2026-01-01")])

    @Test(arguments: [
        ("2026-03-23", "2026-03-18"),  // Monday after a holiday Thursday, Friday and the weekend
        ("2026-03-20", "2026-03-18"),  // holiday Friday: Thursday is a holiday too
        ("2026-03-19", "2026-03-18"),
        ("2026-03-18", "2026-03-17"),
        ("2026-03-22", "2026-03-18"),  // Sunday
        ("2026-01-02", "2025-12-31"),  // New Year's Day holiday, across the year end
        ("2026-01-05", "2026-01-02"),  // Monday: back over the weekend
        ("2028-03-01", "2028-02-29"),  // leap day
        ("2027-03-01", "2027-02-26"),  // Monday 1 Mar 2027: back to Friday 26 Feb
    ])
    func lastWorkingDayBefore(date: String, expected: String) {
        #expect(Self.calendar2026.lastWorkingDay(before: Self.d(date)) == Self.d(expected))
    }

    @Test func calendarWithNoWorkingDayGivesNoWindow() {
        let closed = WorkingDayCalendar(holidays: [], weekendDays: Set(1...7))
        #expect(closed.lastWorkingDay(before: Self.d("2026-03-05")) == nil)
        #expect(FilingWindow(expiry: Self.d("2026-03-05"), opensDaysBefore: 14, calendar: closed) == nil)
    }

    /// Expiry Monday 23 Mar 2026: opens 9 Mar, closes Wednesday 18 Mar.
    @Test(arguments: [
        ("2026-03-01", FilingWindowStatus.notYetOpen(daysUntilOpen: 8)),
        ("2026-03-08", .notYetOpen(daysUntilOpen: 1)),
        ("2026-03-09", .open(daysLeft: 9)),
        ("2026-03-18", .open(daysLeft: 0)),
        ("2026-03-19", .closedNotExpired(daysUntilExpiry: 4)),
        ("2026-03-23", .closedNotExpired(daysUntilExpiry: 0)),
        ("2026-03-24", .expired(daysOverstayed: 1)),
        ("2026-05-22", .expired(daysOverstayed: 60)),
    ])
    func statusAroundTheWindow(today: String, status: FilingWindowStatus) throws {
        let window = try #require(FilingWindow(expiry: Self.d("2026-03-23"), opensDaysBefore: 14, calendar: Self.calendar2026))
        #expect(window.opens == Self.d("2026-03-09"))
        #expect(window.closes == Self.d("2026-03-18"))
        #expect(window.status(today: Self.d(today)) == status)
    }

    @Test func windowFilledWithHolidaysNeverOpens() throws {
        let holidays = (1...20).map { Self.d("2026-06-30").adding(days: -$0) }
        let calendar = WorkingDayCalendar(holidays: holidays)
        let window = try #require(FilingWindow(expiry: Self.d("2026-06-30"), opensDaysBefore: 14, calendar: calendar))
        #expect(window.closes < window.opens)
        for offset in -20...0 {
            let status = window.status(today: Self.d("2026-06-30").adding(days: offset))
            if case .open = status { Issue.record("open on day \(offset)") }
        }
    }

    @Test(arguments: [
        (0, OverstayEstimate.none), (-3, .none), (1, .charge(days: 1, total: 1_000_000)),
        (59, .charge(days: 59, total: 59_000_000)), (60, .charge(days: 60, total: 60_000_000)),
        (61, .deportation(days: 61)), (400, .deportation(days: 400)),
    ])
    func overstayEstimate(days: Int, estimate: OverstayEstimate) {
        #expect(OverstayEstimate(daysOverstayed: days, chargePerDay: 1_000_000, deportationAfterDays: 60) == estimate)
    }

    /// An ITAS window opens 3 months before expiry, the same day of the month, or the month's
    /// last day when it is shorter.
    @Test(arguments: [
        ("2026-11-30", FigureUnit.months, 3, "2026-08-30"),
        ("2026-05-31", .months, 3, "2026-02-28"),
        ("2028-05-31", .months, 3, "2028-02-29"),
        ("2027-01-15", .months, 3, "2026-10-15"),
        ("2027-03-31", .years, 1, "2026-03-31"),
        ("2026-11-30", .days, 14, "2026-11-16"),
    ])
    func windowOpensInItsUnit(expiry: String, unit: FigureUnit, amount: Int, opens: String) throws {
        let calendar = WorkingDayCalendar(holidays: [])
        let window = try #require(FilingWindow(
            expiry: Self.d(expiry), opensBefore: amount, unit: unit, calendar: calendar))
        #expect(window.opens.iso8601 == opens)
    }

    @Test func addingMonthsStaysInTheCalendar() async {
        await propertyCheck(input: Gen.int(in: 0...2_900_000), Gen.int(in: -2000...2000)) { epoch, months in
            let date = CalendarDate(daysSinceEpoch: epoch)
            let moved = date.adding(months: months)
            #expect(moved.day <= date.day)
            #expect(CalendarDate(year: moved.year, month: moved.month, day: moved.day) != nil)
        }
    }

    @Test func overstayTotalSaturatesInsteadOfOverflowing() {
        #expect(
            OverstayEstimate(daysOverstayed: 3, chargePerDay: Int.max / 2, deportationAfterDays: 60)
                == .charge(days: 3, total: Int.max))
    }

    // MARK: Properties over month ends, leap days, weekends and holidays on the boundary

    /// Dates from 2020 to 2035, biased towards month ends and leap days.
    static let boundaryDate = zip(Gen.int(in: 2020...2035), Gen.int(in: 1...12), Gen.int(in: -2...2)).map {
        year, month, shift in
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!.adding(days: shift)
    }

    /// Holidays clustered just before the date, where they move the deadline.
    static let nearbyHolidayOffsets = Gen.int(in: -20...0).array(of: 0...8)

    @Test func lastWorkingDayIsTheLatestWorkingDayBefore() async {
        await propertyCheck(input: Self.boundaryDate, Self.nearbyHolidayOffsets) { date, offsets in
            let calendar = WorkingDayCalendar(holidays: offsets.map { date.adding(days: $0) })
            guard let last = calendar.lastWorkingDay(before: date) else {
                Issue.record("no working day before \(date)")
                return
            }
            #expect(last < date)
            #expect(calendar.isWorkingDay(last))
            #expect(last.isoWeekday <= 5)
            var day = last.adding(days: 1)
            while day < date {
                #expect(!calendar.isWorkingDay(day), "\(day) is a working day between \(last) and \(date)")
                day = day.adding(days: 1)
            }
        }
    }

    @Test func statusAgreesWithTheDates() async {
        await propertyCheck(
            input: Self.boundaryDate, Self.nearbyHolidayOffsets, Gen.int(in: -40...40), Gen.int(in: 1...30)
        ) { expiry, offsets, todayOffset, opensDaysBefore in
            let calendar = WorkingDayCalendar(holidays: offsets.map { expiry.adding(days: $0) })
            guard let window = FilingWindow(expiry: expiry, opensDaysBefore: opensDaysBefore, calendar: calendar)
            else { return }
            let today = expiry.adding(days: todayOffset)
            #expect(window.daysUntilExpiry(today: today) == -todayOffset)
            switch window.status(today: today) {
            case .notYetOpen(let days):
                #expect(days >= 1 && today.adding(days: days) == window.opens)
            case .open(let daysLeft):
                #expect(daysLeft >= 0 && today >= window.opens && today.adding(days: daysLeft) == window.closes)
                #expect(today < expiry)
            case .closedNotExpired(let days):
                #expect(today > window.closes && days >= 0 && today.adding(days: days) == expiry)
            case .expired(let days):
                #expect(days >= 1 && days == todayOffset)
            }
        }
    }
}
