/// How far the form is filled in, per section and in all: the answers and documents the
/// pack's asking rules (`FormPack+Asking`) say are needed, and how many of them are given.
/// The `required-fields` and `required-documents` rules report exactly the ones missing, so
/// the completion and the findings always agree.
///
///     let progress = FormProgress(pack: pack, draft: draft)
///     progress.percentComplete          // 64
///     progress.sections[6].isComplete   // every needed document of section 7 attached
public struct FormProgress: Hashable, Sendable {
    /// Needed answers per section (attachments aside), in pack order.
    private var answers: [SectionProgress]
    /// Needed documents per section of the field that holds them, in pack order.
    private var documents: [SectionProgress]
    /// Needed documents no attachment field holds (counted in the total only).
    public private(set) var unplaced: SectionProgress

    /// One entry per section of the pack, in order: its needed answers and documents.
    public var sections: [SectionProgress] {
        zip(answers, documents).map { answers, documents in
            SectionProgress(
                isShown: answers.isShown, required: answers.required + documents.required,
                answered: answers.answered + documents.answered)
        }
    }

    /// Counts the needed answers and documents of `draft`, and those given.
    public init(pack: FormPack, draft: Draft) {
        answers = pack.sections.map { FormProgress.answers(of: $0, in: pack, draft: draft) }
        documents = Array(repeating: SectionProgress(isShown: true, required: 0, answered: 0), count: pack.sections.count)
        unplaced = SectionProgress(isShown: true, required: 0, answered: 0)
        for document in pack.neededDocuments(in: draft) {
            let attached = !(draft.attachments[document.id]?.isEmpty ?? true)
            let holder = pack.sections.firstIndex { section in
                section.fields.contains { $0.document == document.id && pack.isAsked($0, of: section, in: draft) }
            }
            if let holder {
                documents[holder].required += 1
                if attached { documents[holder].answered += 1 }
            } else {
                unplaced.required += 1
                if attached { unplaced.answered += 1 }
            }
        }
    }

    /// Counts again after the answers to `fieldIDs` changed: only their sections' answers
    /// when none of them can change what is asked (`inputs`: the fields that conditions,
    /// categories and attachments read — `FormPack.progressInputs`), else everything. The
    /// result is always the same as a new count; typing costs a section, not the form.
    /// `sectionOfField` gives the index of the section holding each field of the pack.
    ///
    ///     progress.recount(changedFields: ["surname"], inputs: pack.progressInputs,
    ///                      sectionOfField: ["surname": 0], pack: pack, draft: draft)
    public mutating func recount(
        changedFields fieldIDs: Set<String>, inputs: Set<String>, sectionOfField: [String: Int], pack: FormPack,
        draft: Draft
    ) {
        guard fieldIDs.isDisjoint(with: inputs) else {
            self = FormProgress(pack: pack, draft: draft)
            return
        }
        var counted: [Int] = []
        for id in fieldIDs {
            guard let index = sectionOfField[id], !counted.contains(index) else { continue }
            counted.append(index)
            answers[index] = FormProgress.answers(of: pack.sections[index], in: pack, draft: draft)
        }
    }

    /// The needed answers of `section` (attachments aside), and how many are given.
    private static func answers(of section: FormSection, in pack: FormPack, draft: Draft) -> SectionProgress {
        var progress = SectionProgress(isShown: pack.isAsked(section, in: draft), required: 0, answered: 0)
        guard progress.isShown else { return progress }
        // By index: the fields are read in place, not copied one by one.
        for index in section.fields.indices
        where section.fields[index].type != .attachment && pack.needsAnswer(section.fields[index], of: section, in: draft) {
            progress.required += 1
            if draft.values[section.fields[index].id]?.contains(where: { !$0.isWhitespace }) == true { progress.answered += 1 }
        }
        return progress
    }

    /// Needed answers and documents given, as a whole percentage (100 when none are needed).
    public var percentComplete: Int {
        let all = answers + documents + [unplaced]
        let required = all.reduce(0) { $0 + $1.required }
        let answered = all.reduce(0) { $0 + $1.answered }
        return required == 0 ? 100 : answered * 100 / required
    }

    /// How many needed answers and documents are still missing.
    public var missing: Int {
        (answers + documents + [unplaced]).reduce(0) { $0 + $1.required - $1.answered }
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
