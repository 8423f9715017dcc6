import ArgumentParser
import Foundation
import StayformCore

/// `--today YYYY-MM-DD`: the day deadlines count from, the real date when not given. The
/// one place the program reads the calendar.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        LanguageChoice.words["help.option.today"], valueName: "YYYY-MM-DD"))
    var today: String?

    /// The day given, or today's date in the user's time zone; a failure is told in `words`.
    func date(words: Words) throws(CommandFailure) -> CalendarDate {
        guard let today else {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            guard let year = parts.year, let month = parts.month, let day = parts.day,
                let date = CalendarDate(year: year, month: month, day: day)
            else { throw CommandFailure(words["cli.today.unknown"]) }
            return date
        }
        guard let date = CalendarDate(iso8601: today) else {
            throw CommandFailure(words("cli.today.invalid", ["value": today]))
        }
        return date
    }
}
