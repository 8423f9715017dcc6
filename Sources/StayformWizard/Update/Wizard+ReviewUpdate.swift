import StayformCore

extension WizardState {
    /// The answered fields the review lists, in form order: each is a statement to check
    /// against the document that proves it.
    public var reviewStatements: [FormField] {
        pack.sections.filter { isShown($0) }.flatMap { section in
            section.fields.filter { field in
                isShown(field) && !(draft.values[field.id] ?? "").isEmpty
            }
        }
    }

    /// Keys on the review page (F5).
    mutating func pressOnReview(_ key: Key, selected: Int) -> [WizardEffect] {
        let statements = reviewStatements
        let selected = min(selected, max(0, statements.count - 1))
        if let moved = key.movingSelection(selected, count: statements.count) {
            screen = .review(selected: moved)
            return []
        }
        switch key {
        case .character(" "):
            guard selected < statements.count else { break }
            guard !isReadOnly else { return refuseEditing() }
            let id = statements[selected].id
            if draft.isReviewed(id) {
                draft.reviewMarks.removeValue(forKey: id)
            } else {
                draft.markReviewed(id)
            }
            screen = .review(selected: min(selected + 1, max(0, statements.count - 1)))
            return [.persist(.committed)]
        case .enter:
            guard selected < statements.count else { break }
            return goToField(code: statements[selected].code)
        case .escape, .function(5):
            screen = .form
        default:
            break
        }
        return []
    }
}
