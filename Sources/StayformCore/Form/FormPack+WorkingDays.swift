extension FormPack {
    /// Whether offices work on `date`: a weekday that is neither a holiday nor a collective
    /// leave day of the pack. Years the pack has no list for count every weekday as working.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        guard date.isoWeekday <= 5 else { return false }
        return !holidayYears.contains { year in year.days.contains { $0.date == date } }
    }

    /// The last working day strictly before `date` (the last day to file before an expiry).
    public func lastWorkingDay(before date: CalendarDate) -> CalendarDate {
        var day = date.adding(days: -1)
        // At most a few weeks of closed days in a row; bounded so bad data cannot loop.
        for _ in 0..<60 where !isWorkingDay(day) {
            day = day.adding(days: -1)
        }
        return day
    }

    /// Whether the pack has a holiday list for `year`.
    public func hasHolidays(for year: Int) -> Bool {
        holidayYears.contains { $0.year == year }
    }
}
