/// When a stay-permit extension may be filed: from a number of days (or months) before expiry
/// up to the last working day before expiry. The number comes from the form pack.
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
        self.init(expiry: expiry, opens: expiry.adding(days: -opensDaysBefore), calendar: calendar)
    }

    /// The window opening `amount` days, months or years before `expiry` (an ITAS extension
    /// opens 3 months before); any other unit counts as days.
    ///
    ///     FilingWindow(expiry: expiry, opensBefore: 3, unit: .months, calendar: calendar)
    public init?(expiry: CalendarDate, opensBefore amount: Int, unit: FigureUnit?, calendar: WorkingDayCalendar) {
        let amount = min(max(amount, 0), 36_500)
        let opens: CalendarDate =
            switch unit {
            case .months: expiry.adding(months: -min(amount, 1200))
            case .years: expiry.adding(months: -12 * min(amount, 100))
            default: expiry.adding(days: -amount)
            }
        self.init(expiry: expiry, opens: opens, calendar: calendar)
    }

    /// The window from `opens` to the last working day before `expiry`.
    public init?(expiry: CalendarDate, opens: CalendarDate, calendar: WorkingDayCalendar) {
        guard let closes = calendar.lastWorkingDay(before: expiry) else { return nil }
        self.expiry = expiry
        self.opens = opens
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
