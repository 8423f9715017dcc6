import ArgumentParser
import Foundation
import StayformCore

/// `--today YYYY-MM-DD`: the day deadlines count from, the real date when not given. The
/// one place the program reads the calendar.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Count deadlines from this day instead of today.", valueName: "YYYY-MM-DD"))
    var today: String?

    /// The day given, or today's date in the user's time zone.
    func date() throws(CommandFailure) -> CalendarDate {
        guard let today else {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            guard let year = parts.year, let month = parts.month, let day = parts.day,
                let date = CalendarDate(year: year, month: month, day: day)
            else { throw CommandFailure("cannot tell today's date; give it with --today YYYY-MM-DD") }
            return date
        }
        guard let date = CalendarDate(iso8601: today) else {
            throw CommandFailure("--today \(today) is not a date: write it as YYYY-MM-DD, e.g. 2026-11-21")
        }
        return date
    }
}
