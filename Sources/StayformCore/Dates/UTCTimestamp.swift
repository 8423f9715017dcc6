/// A moment to the second in UTC, written as ISO 8601 without a calendar library: lock files and
/// snapshot names are stamped before the first paint, and loading ICU's calendar data for that
/// costs more than the rest of start-up's date work together.
///
///     let stamp = UTCTimestamp(secondsSinceEpoch: 1_795_795_407)
///     stamp.iso8601     // "2026-11-27T16:03:27Z"
///     stamp.fileStamp   // "2026-11-27T16-03-27Z"
public struct UTCTimestamp: Hashable, Sendable {
    /// The day, in UTC.
    public let date: CalendarDate
    /// Seconds since that day's midnight, 0…86399.
    public let secondOfDay: Int

    /// The moment `seconds` after 1970-01-01T00:00:00Z (before it when negative); fractions are
    /// dropped towards the past.
    public init(secondsSinceEpoch seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        self.date = CalendarDate(daysSinceEpoch: days)
        self.secondOfDay = seconds - days * 86_400
    }

    /// `2026-11-28T14:03:27Z`.
    public var iso8601: String { written(timeSeparator: ":") }

    /// `2026-11-28T14-03-27Z`: sortable, and valid in every file system's names.
    public var fileStamp: String { written(timeSeparator: "-") }

    private func written(timeSeparator: String) -> String {
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let time = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60].map(twoDigits)
        return date.iso8601 + "T" + time.joined(separator: timeSeparator) + "Z"
    }
}
