import StayformCore

/// A box drawn over the page that takes the keys until it closes.
public enum WizardOverlay: Hashable, Sendable {
    /// F1: why the focused field is asked, where to find it, common mistakes.
    case help
    /// F2: go to a field by its code.
    case goTo(LineEditor)
    /// A list to choose a value from (single or multiple choice, country, sex).
    case chooser(Chooser)
    /// A document of the package checked fact by fact against the answers.
    case documentCheck(DocumentCheck)
    /// Findings read in full (Enter or F1 on a finding in F3, F1 on a field with findings).
    case findings(FindingDetail)
    /// Quitting failed to save: F10 tries again, `Q` quits without saving, Esc goes back.
    case failedSave(FailedSave)
}

/// Why quitting failed to save, and when the draft was last on disk (to say what quitting
/// without saving loses; `nil` when nothing was saved in this session).
public struct FailedSave: Hashable, Sendable {
    public var reason: String
    public var lastSaved: String?

    public init(reason: String, lastSaved: String?) {
        self.reason = reason
        self.lastSaved = lastSaved
    }
}
