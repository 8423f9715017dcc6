import ArgumentParser
import Foundation
import StayformCore

/// Today's date in the user's time zone: the one place the program reads the calendar.
enum Today {
    static func date() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(daysSinceEpoch: 0)
    }
}

extension CalendarDate: ExpressibleByArgument {
    /// Parses `--today YYYY-MM-DD`.
    public init?(argument: String) {
        self.init(iso8601: argument)
    }
}
