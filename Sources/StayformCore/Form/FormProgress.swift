/// How far the form is filled in, per section and in all: the answers and documents the
/// pack's asking rules (`FormPack+Asking`) say are needed, and how many of them are given.
/// The `required-fields` and `required-documents` rules report exactly the ones missing, so
/// the completion and the findings always agree.
///
///     let progress = FormProgress(pack: pack, draft: draft)
///     progress.percentComplete          // 64
///     progress.sections[6].isComplete   // every needed document of section 7 attached
public struct FormProgress: Hashable, Sendable {
    /// One entry per section of the pack, in order.
    public private(set) var sections: [SectionProgress]
    /// Needed documents no attachment field holds (counted in the total only).
    public private(set) var unplaced: SectionProgress

    /// Counts the needed answers and documents of `draft`, and those given.
    public init(pack: FormPack, draft: Draft) {
        let values = draft.values
        var sections = pack.sections.map { section in
            var progress = SectionProgress(isShown: pack.isAsked(section, in: draft), required: 0, answered: 0)
            guard progress.isShown else { return progress }
            for field in section.fields where field.type != .attachment && pack.needsAnswer(field, of: section, in: draft) {
                progress.required += 1
                if !(values[field.id] ?? "").trimmingWhitespace.isEmpty { progress.answered += 1 }
            }
            return progress
        }
        var unplaced = SectionProgress(isShown: true, required: 0, answered: 0)
        for document in pack.neededDocuments(in: draft) {
            let attached = !(draft.attachments[document.id]?.isEmpty ?? true)
            let holder = pack.sections.firstIndex { section in
                section.fields.contains { $0.document == document.id && pack.isAsked($0, of: section, in: draft) }
            }
            if let holder {
                sections[holder].required += 1
                if attached { sections[holder].answered += 1 }
            } else {
                unplaced.required += 1
                if attached { unplaced.answered += 1 }
            }
        }
        self.sections = sections
        self.unplaced = unplaced
    }

    /// Needed answers and documents given, as a whole percentage (100 when none are needed).
    public var percentComplete: Int {
        let all = sections + [unplaced]
        let required = all.reduce(0) { $0 + $1.required }
        let answered = all.reduce(0) { $0 + $1.answered }
        return required == 0 ? 100 : answered * 100 / required
    }

    /// How many needed answers and documents are still missing.
    public var missing: Int {
        (sections + [unplaced]).reduce(0) { $0 + $1.required - $1.answered }
    }
}

/// How far one section is filled in.
public struct SectionProgress: Hashable, Sendable {
    /// Whether the section applies to this application at all.
    public var isShown: Bool
    /// Needed answers (and documents attached in it) of the section.
    public var required: Int
    /// Of those, how many are given.
    public var answered: Int

    public init(isShown: Bool, required: Int, answered: Int) {
        self.isShown = isShown
        self.required = required
        self.answered = answered
    }

    /// Every needed answer is given.
    public var isComplete: Bool { answered == required }
}
