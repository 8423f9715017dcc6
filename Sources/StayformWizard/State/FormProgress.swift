import StayformCore

/// How far the form is filled in: per section, and in all.
public struct FormProgress: Hashable, Sendable {
    /// One entry per section of the pack, in order.
    public private(set) var sections: [SectionProgress]

    /// Counts the required fields that are shown and answered, given the draft's values.
    public init(pack: FormPack, values: [String: String]) {
        sections = pack.sections.map { section in
            let shown = section.shownWhen?.isSatisfied(by: values) ?? true
            var required = 0
            var answered = 0
            if shown {
                for field in section.fields where field.isRequired(given: values) {
                    required += 1
                    if let value = values[field.id], !value.isEmpty { answered += 1 }
                }
            }
            return SectionProgress(isShown: shown, required: required, answered: answered)
        }
    }

    /// Required answers given, as a whole percentage of those asked (100 when none are asked).
    public var percentComplete: Int {
        let required = sections.reduce(0) { $0 + $1.required }
        let answered = sections.reduce(0) { $0 + $1.answered }
        return required == 0 ? 100 : answered * 100 / required
    }
}

/// How far one section is filled in.
public struct SectionProgress: Hashable, Sendable {
    /// Whether the section applies to this application at all.
    public var isShown: Bool
    /// Required fields shown in it.
    public var required: Int
    /// Of those, how many have an answer.
    public var answered: Int

    /// Every required field is answered.
    public var isComplete: Bool { answered == required }
}
