/// A stay counted from the entry stamp the way Indonesian immigration counts it: the day of
/// arrival is day 1, so a 30-day stay ends on arrival + 29 days, and each extension adds its
/// length to that last day (Antara/NusaBali 2024-01-04: arrival 2023-09-29, a VOA extended
/// once ended 2023-11-27). On an e-VOA or e-Visa the printed "valid until" is the last day to
/// enter, not this day.
///
///     EntryStampStay(arrival: CalendarDate(iso8601: "2023-09-29")!, stayDays: 30,
///                    extensionDays: 30, extensions: 1).lastDay.iso8601   // "2023-11-27"
public struct EntryStampStay: Hashable, Sendable {
    /// The day of the entry stamp.
    public var arrival: CalendarDate
    /// The days the permit gives on entry (30 for a VOA), arrival included.
    public var stayDays: Int
    /// The days each extension adds.
    public var extensionDays: Int
    /// How many extensions were granted.
    public var extensions: Int

    public init(arrival: CalendarDate, stayDays: Int, extensionDays: Int, extensions: Int) {
        self.arrival = arrival
        self.stayDays = stayDays
        self.extensionDays = extensionDays
        self.extensions = extensions
    }

    /// The last day the stay allows: arrival + (stay days − 1) + extensions × extension days.
    /// Counts are kept within 0 to 100 years so that the arithmetic cannot overflow.
    public var lastDay: CalendarDate {
        let limit = 36_500
        let stay = min(max(stayDays, 1), limit)
        let extensionTotal = min(max(extensionDays, 0), limit) * min(max(extensions, 0), 100)
        return arrival.adding(days: stay - 1 + min(extensionTotal, limit))
    }
}
