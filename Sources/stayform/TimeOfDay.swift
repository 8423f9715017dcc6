import Foundation

/// The local time of day as the status bar shows it: when the draft was saved (`14:03`), or
/// when the draft a watcher follows last changed (`14:03:27`).
enum TimeOfDay {
    /// How precisely a time is shown.
    enum Precision: String {
        /// `HH:mm`: a save's time. Autosave writes every half second of typing; a time that
        /// ticked with each write would redraw the status bar (and send its bytes) that often.
        case minute = "HH:mm"
        /// `HH:mm:ss`: when a followed draft changed, so a helpdesk sees each save arrive.
        case second = "HH:mm:ss"
    }

    /// `date` in the user's time zone, to `precision`.
    @Sendable static func text(of date: Date = Date(), precision: Precision = .minute) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = precision.rawValue
        return formatter.string(from: date)
    }
}
