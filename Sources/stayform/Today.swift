import ArgumentParser
import FoundationEssentials
import Glibc
import StayformCore

/// `--today YYYY-MM-DD`: the day deadlines count from, the real date when not given. The
/// one place the program reads the calendar.
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        LanguageChoice.words["help.option.today"], valueName: "YYYY-MM-DD"))
    var today: String?

    /// The day given, or today's date in the user's time zone (`TZ`, else the system's, read
    /// with `localtime_r`: no calendar data is loaded before the first paint); a failure is told
    /// in `words`.
    func date(words: Words) throws(CommandFailure) -> CalendarDate {
        guard let today else {
            var now = time(nil)
            var parts = tm()
            guard localtime_r(&now, &parts) != nil,
                let date = CalendarDate(
                    year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            else { throw CommandFailure(words["cli.today.unknown"]) }
            return date
        }
        guard let date = CalendarDate(iso8601: today) else {
            throw CommandFailure(words("cli.today.invalid", ["value": today]))
        }
        return date
    }
}
