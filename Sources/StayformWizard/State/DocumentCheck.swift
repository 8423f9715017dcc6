import StayformCore

/// Checking one document of the package against the answers: for each fact it shows, the
/// user confirms it matches or types what the document actually says.
public struct DocumentCheck: Hashable, Sendable {
    /// One fact the document restates, and the field that holds its value.
    public struct Row: Hashable, Sendable {
        public let factLabel: LocalizedText
        /// The field holding the fact's value (the first in form order that states it).
        public let ownerFieldID: String
    }

    public let documentID: String
    public let rows: [Row]
    public var selected: Int
    /// What the user is typing as the document's wording, when they are.
    public var editor: LineEditor?
    /// The restatement before typing began, restored by Esc.
    public var restatementBeforeEdit: Restatement?

    /// The facts `document` shows that another document is the source of truth for.
    init(document: SupportingDocument, pack: FormPack) {
        documentID = document.id
        rows = document.shows.compactMap { factID in
            guard let fact = pack.fact(id: factID), fact.sourceDocumentID != document.id,
                let owner = pack.fields(statingFact: factID).first
            else { return nil }
            return Row(factLabel: fact.label, ownerFieldID: owner.id)
        }
        selected = 0
        editor = nil
        restatementBeforeEdit = nil
    }
}

extension WizardState {
    /// Opens the check of the document attached in `field`, if it restates any fact.
    mutating func openDocumentCheck(for field: FormField) -> Bool {
        guard let documentID = field.document, let document = pack.document(id: documentID) else { return false }
        let check = DocumentCheck(document: document, pack: pack)
        guard !check.rows.isEmpty else { return false }
        overlay = .documentCheck(check)
        return true
    }

    /// Keys in the document check.
    mutating func pressInDocumentCheck(_ key: Key, check: DocumentCheck) -> [WizardEffect] {
        var check = check
        guard !check.rows.isEmpty else {
            overlay = nil
            return []
        }
        let row = check.rows[check.selected]
        if var editor = check.editor {
            switch key {
            case .escape:
                check.editor = nil
                let effects = restate(check.restatementBeforeEdit, row: row, in: check)
                return effects
            case .enter, .tab:
                check.editor = nil
                overlay = .documentCheck(check)
                return [.persist(.committed)]
            default:
                editor.apply(key)
            }
            check.editor = editor
            // The finding follows the typing, as it does for the form's own fields.
            let owner = draft.values[row.ownerFieldID] ?? ""
            let typed = editor.text.trimmingWhitespace
            let restatement: Restatement? = typed.isEmpty ? check.restatementBeforeEdit
                : (typed == owner ? .matches(owner) : .differs(typed))
            return restate(restatement, row: row, in: check).map { _ in .persist(.typing) }
        }
        switch key {
        case .escape:
            overlay = nil
            return []
        case .up, .backTab: check.selected = max(0, check.selected - 1)
        case .down, .tab: check.selected = min(check.rows.count - 1, check.selected + 1)
        case .enter, .character(" "):
            guard !isReadOnly else { return refuseEditing() }
            let owner = draft.values[row.ownerFieldID] ?? ""
            guard !owner.isEmpty else {
                message = words["wizard.message.answer-first"]
                break
            }
            check.selected = min(check.rows.count - 1, check.selected + 1)
            return restate(.matches(owner), row: row, in: check)
        case .backspace, .delete:
            guard !isReadOnly else { return refuseEditing() }
            return restate(nil, row: row, in: check)
        case .character(let character):
            guard !isReadOnly else { return refuseEditing() }
            check.restatementBeforeEdit = draft.restatements[check.documentID]?[row.ownerFieldID]
            check.editor = LineEditor(maxLength: 200)
            overlay = .documentCheck(check)
            return pressInDocumentCheck(.character(character), check: check)
        default:
            break
        }
        overlay = .documentCheck(check)
        return []
    }

    private mutating func restate(_ restatement: Restatement?, row: DocumentCheck.Row, in check: DocumentCheck) -> [WizardEffect] {
        draft.restatements[check.documentID, default: [:]][row.ownerFieldID] = restatement
        recheck([row.ownerFieldID])
        overlay = .documentCheck(check)
        return [.persist(.committed)]
    }
}
