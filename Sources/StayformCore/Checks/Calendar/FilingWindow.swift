/// When a stay-permit extension may be filed: from `opensDaysBefore` days before expiry up to
/// the last working day before expiry. The number of days comes from the form pack.
///
///     let window = FilingWindow(expiry: expiry, opensDaysBefore: 14, calendar: calendar)!
///     window.status(today: today)   // .open(daysLeft: 3)
public struct FilingWindow: Hashable, Sendable {
    /// The last day the current permit is valid.
    public let expiry: CalendarDate
    /// The first day an application is accepted.
    public let opens: CalendarDate
    /// The last day to file: the last working day before expiry. May fall before `opens` when
    /// holidays fill the whole window; then the window never opens.
    public let closes: CalendarDate

    /// The window for a permit ending on `expiry`; `nil` when `calendar` has no working day in
    /// the year before expiry.
    public init?(expiry: CalendarDate, opensDaysBefore: Int, calendar: WorkingDayCalendar) {
        guard let closes = calendar.lastWorkingDay(before: expiry) else { return nil }
        self.expiry = expiry
        self.opens = expiry.adding(days: -opensDaysBefore)
        self.closes = closes
    }

    /// Where `today` stands relative to the window and the expiry date.
    public func status(today: CalendarDate) -> FilingWindowStatus {
        if today > expiry { return .expired(daysOverstayed: expiry.days(until: today)) }
        if today < opens { return .notYetOpen(daysUntilOpen: today.days(until: opens)) }
        if today <= closes { return .open(daysLeft: today.days(until: closes)) }
        return .closedNotExpired(daysUntilExpiry: today.days(until: expiry))
    }

    /// Whole days from `today` to expiry: 0 on the last valid day, negative once expired.
    public func daysUntilExpiry(today: CalendarDate) -> Int {
        today.days(until: expiry)
    }
}
