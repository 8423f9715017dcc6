/// Which days an immigration office works: every day except the weekend and the holidays
/// the form pack lists (Nyepi, Eid, collective leave…).
///
///     // Nyepi (Thu 19 Mar 2026) and Eid (Fri 20 Mar 2026) before a weekend:
///     let calendar = WorkingDayCalendar(holidays: [nyepi, eid])
///     calendar.lastWorkingDay(before: CalendarDate(iso8601: "2026-03-23")!)   // Wed 2026-03-18
public struct WorkingDayCalendar: Hashable, Sendable {
    /// Days the offices are closed besides the weekend.
    public let holidays: Set<CalendarDate>
    /// ISO weekdays (1 = Monday … 7 = Sunday) that are never working days.
    public let weekendDays: Set<Int>

    /// How far back ``lastWorkingDay(before:)`` looks before giving up.
    public static let searchLimitInDays = 366

    /// A calendar closed on `weekendDays` (Saturday and Sunday unless told) and on `holidays`.
    public init(holidays: some Sequence<CalendarDate>, weekendDays: Set<Int> = [6, 7]) {
        self.holidays = Set(holidays)
        self.weekendDays = weekendDays
    }

    /// Whether offices are open on `date`.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        !weekendDays.contains(date.isoWeekday) && !holidays.contains(date)
    }

    /// The last working day strictly before `date`; `nil` only for a calendar with no working
    /// day in the ``searchLimitInDays`` before it (a broken holiday list).
    public func lastWorkingDay(before date: CalendarDate) -> CalendarDate? {
        for back in 1...Self.searchLimitInDays {
            let candidate = date.adding(days: -back)
            if isWorkingDay(candidate) { return candidate }
        }
        return nil
    }
}
