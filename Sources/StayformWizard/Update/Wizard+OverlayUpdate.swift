import StayformCore

extension WizardState {
    /// Keys while an overlay is open.
    mutating func pressInOverlay(_ key: Key) -> [WizardEffect] {
        switch overlay {
        case .help:
            overlay = nil
            return []
        case .goTo(let editor):
            return pressInGoTo(key, editor: editor)
        case .chooser(let chooser):
            return pressInChooser(key, chooser: chooser)
        case .documentCheck(let check):
            return pressInDocumentCheck(key, check: check)
        case .findings(let detail):
            return pressInFindingDetail(key, detail: detail)
        case .failedSave:
            return pressAfterFailedSave(key)
        case nil:
            return []
        }
    }

    /// The choices after quitting failed to save (F10 again, handled with every quit key,
    /// retries): `Q` quits without saving, Esc goes back to the form. Other keys do nothing,
    /// so a stray key cannot lose the edits.
    private mutating func pressAfterFailedSave(_ key: Key) -> [WizardEffect] {
        switch key {
        case .character("q"), .character("Q"):
            return [.quit(status: 0, savingFirst: false)]
        case .escape:
            overlay = nil
            message = words["wizard.message.not-saved-yet"]
        default:
            break
        }
        return []
    }

    private mutating func pressInGoTo(_ key: Key, editor: LineEditor) -> [WizardEffect] {
        var editor = editor
        switch key {
        case .escape, .function(2):
            overlay = nil
            return []
        case .enter:
            overlay = nil
            return goToField(code: editor.text.trimmingWhitespace)
        default:
            editor.apply(key)
        }
        overlay = .goTo(editor)
        return []
    }

    /// Focuses the field with `code` (as shown beside its label), or says why it cannot.
    mutating func goToField(code: String) -> [WizardEffect] {
        guard !code.isEmpty else { return [] }
        for (sectionIndex, section) in pack.sections.enumerated() {
            guard let fieldIndex = section.fields.firstIndex(where: { $0.code == code }) else { continue }
            let field = section.fields[fieldIndex]
            guard isShown(section), isShown(field) else {
                message = words(
                    "wizard.message.not-asked", ["field": "\(code) \(field.label.resolved(for: language))"])
                return []
            }
            let effects = commitEdit()
            screen = .form
            return effects.merging(focus(FieldFocus(section: sectionIndex, field: fieldIndex)))
        }
        if let section = pack.sections.first(where: { $0.code == code }) {
            let index = pack.sections.firstIndex(of: section) ?? 0
            let effects = commitEdit()
            screen = .form
            return effects.merging(focus(FieldFocus(section: index, field: shownFieldIndices(of: section).first)))
        }
        message = words("wizard.message.no-such-field", ["code": code])
        return []
    }

    private mutating func pressInChooser(_ key: Key, chooser: Chooser) -> [WizardEffect] {
        var chooser = chooser
        switch key {
        case .escape:
            overlay = nil
            return []
        case .up: chooser.move(by: -1)
        case .down: chooser.move(by: 1)
        case .pageUp: chooser.move(by: -10)
        case .pageDown: chooser.move(by: 10)
        case .home where chooser.filter.text.isEmpty: chooser.move(by: -chooser.matches.count)
        case .end where chooser.filter.text.isEmpty: chooser.move(by: chooser.matches.count)
        case .character(" ") where chooser.isMultiple:
            chooser.toggleHighlighted()
        case .enter, .tab:
            overlay = nil
            guard let field = pack.field(id: chooser.fieldID), let value = chooser.chosenValue else { return [] }
            return setValue(value, of: field, advancing: true)
        default:
            var filter = chooser.filter
            guard filter.apply(key) != .notEditing else { break }
            chooser.setFilter(filter)
        }
        overlay = .chooser(chooser)
        return []
    }
}
