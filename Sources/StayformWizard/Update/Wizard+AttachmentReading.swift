import StayformCore

extension Wizard {
    /// The work to start once the first screen is drawn (Bubble Tea's `Init`): reading the
    /// files the draft had attached, which a large scan makes slow, so that the wizard paints
    /// first and shows them as being read.
    ///
    ///     let effects = Wizard.openingEffects(state)   // [.readAttachments(paths: […], language: .english)]
    public static func openingEffects(_ state: WizardState) -> [WizardEffect] {
        let paths = state.attachmentFacts.filter(\.value.isBeingRead).keys.sorted()
        return paths.isEmpty ? [] : [.readAttachments(paths: paths, language: state.shownLanguage)]
    }
}

extension WizardState {
    /// The draft's attached files as read after the first paint. A path attached again since
    /// keeps what that newer reading found.
    mutating func receive(_ facts: [String: AttachmentFacts]) {
        for (path, read) in facts where attachmentFacts[path]?.isBeingRead ?? true {
            attachmentFacts[path] = read
        }
        recheck(Set(pack.allFields.lazy.filter { $0.type == .attachment }.map(\.id)))
    }
}
