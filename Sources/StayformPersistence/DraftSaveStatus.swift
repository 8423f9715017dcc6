import Foundation

/// Whether the latest version of the draft is safely on disk, for the status bar.
///
/// Only `.saved` may be shown as "saved": `.pending` means changes are waiting to be written
/// (or being written), `.failed` that the last attempt failed and another will follow.
public enum DraftSaveStatus: Hashable, Sendable {
    /// Nothing was submitted yet.
    case noChanges
    /// Changes wait to be written, or are being written.
    case pending
    /// The latest submitted draft is durable; `at` comes from the saver's clock.
    case saved(at: Date)
    /// The last attempt failed; the edits are kept in memory and saving is retried.
    case failed(DraftSaveError)

    /// Whether everything submitted is on disk.
    public var isSaved: Bool {
        if case .saved = self { return true }
        return false
    }
}
