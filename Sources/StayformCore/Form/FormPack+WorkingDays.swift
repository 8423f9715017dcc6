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

    /// Why the working days of `year` may not be certain: its holiday list is not confirmed
    /// (no decree yet: estimated dates, collective leave unknown) or missing while other years
    /// have one; `nil` when the year's list is confirmed or the pack keeps no holidays at all.
    ///
    ///     pack.holidayCaveat(for: 2027)
    ///     // "the 2027 holidays are estimated (unverified: …); a last working day in 2027 may move"
    public func holidayCaveat(for year: Int, words: Words = Language.english.words) -> String? {
        guard !holidayYears.isEmpty else { return nil }
        guard let list = holidayYears.first(where: { $0.year == year }) else {
            return words("deadline.holidays.missing", ["year": String(year)])
        }
        guard list.provenance.confidence != .confirmed else { return nil }
        return words("deadline.holidays.estimated", [
            "year": String(year), "confidence": list.provenance.confidence.wording(words),
        ])
    }

    /// Whether the pack has a holiday list for `year`.
    public func hasHolidays(for year: Int) -> Bool {
        holidayYears.contains { $0.year == year }
    }
}
