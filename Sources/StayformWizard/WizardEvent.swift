import StayformCore

/// Something that happened, fed to `Wizard.update`.
public enum WizardEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The terminal changed size.
    case resized(TerminalSize)
    /// A save finished, with its outcome.
    case saveFinished(SaveStatus)
    /// A quit could not save the draft; `reason` says why.
    case quitSaveFailed(reason: String)
    /// A snapshot was written to `path`, or could not be (`failure`).
    case snapshotWritten(path: String)
    case snapshotFailed(reason: String)
    /// The file attached in `fieldID` was read: `path` as resolved (absolute) and what it is.
    case attachmentInspected(fieldID: String, path: String, facts: AttachmentFacts)
    /// What `typed` could continue with (`nil` when no file, or several, match).
    case pathSuggested(fieldID: String, typed: String, rest: String?)
    /// The theme changed to `name`; `problem` says why another was used if it could not load.
    case themeSwitched(name: String, problem: String?)
}
