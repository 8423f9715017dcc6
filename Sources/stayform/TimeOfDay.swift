import Foundation

/// The local time of day as the status bar shows it (`14:03:27`): when the draft was saved,
/// or when the draft a watcher follows last changed.
enum TimeOfDay {
    /// `date` as `HH:mm:ss` in the user's time zone.
    @Sendable static func text(of date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }
}
