import StayformCore

/// Work `Wizard.update` asks the outside world to do; the runner performs it after drawing.
public enum WizardEffect: Hashable, Sendable {
    /// The draft changed: save it soon (`typing`) or now (`committed`).
    case persist(SaveUrgency)
    /// Leave the program with `status`, saving first unless `savingFirst` is false.
    case quit(status: Int32, savingFirst: Bool)
    /// Write `snapshot` (the screen, every answer and every finding) to a new file (F4).
    case writeSnapshot(HelpdeskSnapshot)
    /// Switch to the next theme (F9); a problem is told in `language`, the one shown.
    case switchTheme(language: Language)
    /// Read the file at `path` attached in `fieldID`: type from its bytes, size, pixels, digest;
    /// a problem reading it is told in `language`.
    case inspectAttachment(fieldID: String, path: String, language: Language)
    /// Read the files the draft had attached when it was opened (`paths` as the draft records
    /// them), after the first paint; problems are told in `language`.
    case readAttachments(paths: [String], language: Language)
    /// Look for files whose path starts with `typed`, to suggest the rest.
    case suggestPath(fieldID: String, typed: String)
}

/// How soon a change must reach the disk.
public enum SaveUrgency: Hashable, Sendable {
    /// Typing inside a field: saved once the user pauses.
    case typing
    /// A finished change (leaving a field, choosing an option): saved at once.
    case committed
}
