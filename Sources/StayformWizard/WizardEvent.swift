import StayformCore

/// Something that happened, fed to `Wizard.update`.
public enum WizardEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The terminal changed size.
    case resized(TerminalSize)
    /// A save finished, with its outcome.
    case saveFinished(SaveStatus)
    /// The program must end with `exitStatus` (a signal, or the terminal went away): the
    /// draft is saved first.
    case terminationRequested(exitStatus: Int32)
    /// A quit could not save the draft; `reason` says why.
    case quitSaveFailed(reason: String)
    /// A snapshot was written to `path`, or could not be (`failure`).
    case snapshotWritten(path: String)
    case snapshotFailed(reason: String)
    /// The file attached in `fieldID` was read: `path` as resolved (absolute) and what it is.
    case attachmentInspected(fieldID: String, path: String, facts: AttachmentFacts)
    /// The draft's attached files were read (`readAttachments`): what each path holds.
    case attachmentsRead([String: AttachmentFacts])
    /// What `typed` could continue with (`nil` when no file, or several, match).
    case pathSuggested(fieldID: String, typed: String, rest: String?)
    /// The theme changed to `theme` (the run loop applies it to the terminal), shown as `name`;
    /// `problem` says why another was used if it could not load. No theme: nothing changed.
    case themeSwitched(Theme?, name: String, problem: String?)
    /// Another stayform saved the draft this read-only wizard follows: `draft` as now on disk,
    /// what was read from its attached files, and the file's modification time (`14:03:27`).
    case draftChangedOnDisk(Draft, attachments: [String: AttachmentFacts], time: String)
}
