/// Whether the draft on disk is the latest, as the saver reports it and the status bar shows it.
///
///     saver.submit(draft)            // later, on the run loop: .saveFinished(.saved(time: "14:03:27"))
public enum SaveStatus: Hashable, Sendable {
    /// Nothing has been written in this session yet.
    case notSaved
    /// The latest change is on disk; `time` is shown as it is (`14:03:27`).
    case saved(time: String)
    /// The last save failed; the edits are kept in memory and saving is retried.
    case failed(reason: String)

    /// Whether the latest change is on disk.
    public var isSaved: Bool {
        if case .saved = self { return true }
        return false
    }
}
