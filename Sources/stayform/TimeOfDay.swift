import FoundationEssentials
import Glibc

/// The local time of day as the status bar shows it: when the draft was saved (`14:03`), or
/// when the draft a watcher follows last changed (`14:03:27`).
enum TimeOfDay {
    /// How precisely a time is shown.
    enum Precision {
        /// `14:03`: a save's time. Autosave writes every half second of typing; a time that
        /// ticked with each write would redraw the status bar (and send its bytes) that often.
        case minute
        /// `14:03:27`: when a followed draft changed, so a helpdesk sees each save arrive.
        case second
    }

    /// `date` in the user's time zone (`TZ`, else the system's), to `precision`. Read with
    /// `localtime_r`, not a `DateFormatter`: it runs before the first paint, and loading ICU's
    /// formatting data there cost about a millisecond.
    @Sendable static func text(of date: Date = Date(), precision: Precision = .minute) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return "--:--" }
        func twoDigits(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let minute = "\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min))"
        return precision == .minute ? minute : "\(minute):\(twoDigits(parts.tm_sec))"
    }
}
