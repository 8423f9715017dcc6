import StayformCore

extension Wizard {
    /// The exit status after Ctrl-C, as a shell reports an interrupted program.
    public static let interruptedStatus: Int32 = 130

    /// The next state and the effects to perform after `event`.
    public static func update(_ state: WizardState, _ event: WizardEvent) -> (WizardState, [WizardEffect]) {
        var next = state
        let effects = next.apply(event)
        return (next, effects)
    }
}

extension WizardState {
    /// Applies `event` in place and returns the effects it calls for.
    mutating func apply(_ event: WizardEvent) -> [WizardEffect] {
        switch event {
        case .resized(let newSize):
            size = newSize
            return []
        case .saveFinished(let status):
            saveStatus = status
            return []
        case .quitSaveFailed(let reason):
            saveStatus = .failed(reason: reason)
            quitsWithoutSaving = true
            message = "Not saved: \(reason). Fix it and press F10 again, or press F10 to quit without saving."
            return []
        case .key(let key):
            let wasQuitConfirmation = quitsWithoutSaving
            message = nil
            quitsWithoutSaving = false
            return press(key, confirmingQuit: wasQuitConfirmation)
        }
    }

    private mutating func press(_ key: Key, confirmingQuit: Bool) -> [WizardEffect] {
        switch key {
        case .function(10), .control("q"):
            if confirmingQuit { return [.quit(status: 0, savingFirst: false)] }
            return [.quit(status: 0, savingFirst: true)]
        case .control("c"):
            return [.quit(status: Wizard.interruptedStatus, savingFirst: true)]
        case .tab, .down, .enter:
            return moveFocus(by: 1)
        case .backTab, .up:
            return moveFocus(by: -1)
        case .pageDown:
            return moveToSection(focus.section + 1)
        case .pageUp:
            return moveToSection(focus.section - 1)
        case .escape:
            guard editor.text != valueBeforeEdit else { return [] }
            let original = valueBeforeEdit
            loadEditor(with: original)
            return storeEditorText(urgency: .typing)
        default:
            return edit(with: key)
        }
    }

    /// Applies an editing key to the focused field.
    private mutating func edit(with key: Key) -> [WizardEffect] {
        guard currentField != nil else { return [] }
        let before = editor.text
        if isReadOnly, key.editsText {
            message = "Read-only: another stayform has this draft open. Close it to edit here."
            return []
        }
        switch key {
        case .character(let character):
            if !editor.insert(String(character)) { message = limitMessage() }
        case .paste(let text):
            if !editor.insert(text) { message = limitMessage() }
        case .backspace: editor.deleteBackward()
        case .delete: editor.deleteForward()
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .home, .control("a"): editor.moveToStart()
        case .end, .control("e"): editor.moveToEnd()
        case .control("u"): editor.deleteToStart()
        case .control("w"): editor.deleteWordBackward()
        default: return []
        }
        return editor.text == before ? [] : storeEditorText(urgency: .typing)
    }

    private func limitMessage() -> String {
        "This field takes at most \(editor.maxLength ?? 0) characters; the rest was not added."
    }

    /// Copies the editor's text into the draft.
    private mutating func storeEditorText(urgency: SaveUrgency) -> [WizardEffect] {
        guard let field = currentField else { return [] }
        let text = editor.text
        if text.isEmpty {
            draft.values.removeValue(forKey: field.id)
        } else {
            draft.values[field.id] = text
        }
        return [.persist(urgency)]
    }

    private mutating func loadEditor(with text: String) {
        editor = LineEditor(text: text, maxLength: editor.maxLength)
    }

    /// Moves to the next (`step` 1) or previous (-1) field, across sections.
    private mutating func moveFocus(by step: Int) -> [WizardEffect] {
        var section = focus.section
        var field = focus.field ?? (step > 0 ? -1 : pack.sections[section].fields.count)
        while true {
            field += step
            if field >= 0, field < pack.sections[section].fields.count { break }
            let nextSection = section + step
            guard nextSection >= 0, nextSection < pack.sections.count else { return [] }
            section = nextSection
            field = step > 0 ? -1 : pack.sections[section].fields.count
            if pack.sections[section].fields.isEmpty {
                return focus(FieldFocus(section: section, field: nil))
            }
        }
        return focus(FieldFocus(section: section, field: field))
    }

    private mutating func moveToSection(_ index: Int) -> [WizardEffect] {
        guard index >= 0, index < pack.sections.count, index != focus.section else { return [] }
        return focus(FieldFocus(section: index, field: pack.sections[index].fields.isEmpty ? nil : 0))
    }

    /// Leaves the current field (its value is committed) and focuses `newFocus`.
    private mutating func focus(_ newFocus: FieldFocus) -> [WizardEffect] {
        let changed = editor.text != valueBeforeEdit
        focus = newFocus
        loadEditor()
        draft.position = DraftPosition(section: currentSection.id, field: currentField?.id)
        return [.persist(changed ? .committed : .typing)]
    }
}
