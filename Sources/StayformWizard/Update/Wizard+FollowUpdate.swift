import StayformCore

extension WizardState {
    /// Takes the draft another stayform saved, for a read-only wizard that follows it: the
    /// answers and files change, every check runs again, and this wizard's own page, focus and
    /// open box stay where its user left them (its position is its own, never saved).
    ///
    ///     state.apply(.draftChangedOnDisk(saved, attachments: facts, time: "14:03:27"))
    ///     // status bar: "following ana.json, updated 14:03:27"
    mutating func follow(_ changed: Draft, attachments: [String: AttachmentFacts], time: String) {
        let position = draft.position
        draft = changed
        draft.position = position
        attachmentFacts = attachments
        followedUpdate = time
        loadEditor()
        recheckAll()
    }
}
