import StayformCore

extension WizardState {
    /// Keys on a page of the form.
    mutating func pressOnForm(_ key: Key) -> [WizardEffect] {
        switch key {
        case .tab where currentField.map(acceptsSuggestion(in:)) ?? false:
            break  // Tab completes the path being typed, as in a shell
        case .tab, .down:
            return moveFocus(by: 1)
        case .backTab, .up:
            return moveFocus(by: -1)
        case .pageDown:
            return moveToSection(from: focus.section, step: 1)
        case .pageUp:
            return moveToSection(from: focus.section, step: -1)
        case .function(1):
            // A field with findings opens them in full first; F1 again shows its help.
            guard let field = currentField else { return [] }
            let about = summary.bySection[focus.section].filter { $0.isAbout(field: field.id) }
            if about.isEmpty { overlay = .help } else { openFindingDetail(about, helpField: field) }
            return []
        case .function(2):
            let effects = commitEdit()
            overlay = .goTo(LineEditor(maxLength: 12))
            return effects
        case .function(5):
            let effects = commitEdit()
            screen = .review(selected: 0)
            return effects
        case .function(3):
            let effects = commitEdit()
            screen = .finalCheck(selected: 0)
            return effects
        default:
            break
        }
        guard let field = currentField else { return [] }
        switch field.editing {
        case .text: return pressInTextField(key, field: field)
        case .choice, .multipleChoice: return pressInChoiceField(key, field: field)
        case .yesNo: return pressInYesNoField(key, field: field)
        }
    }

    private mutating func pressInTextField(_ key: Key, field: FormField) -> [WizardEffect] {
        switch key {
        case .right where acceptsSuggestion(in: field), .end where acceptsSuggestion(in: field),
            .tab where acceptsSuggestion(in: field):
            editor.insert(pathSuggestion ?? "")
            pathSuggestion = nil
            return storeEditorText() + [.suggestPath(fieldID: field.id, typed: editor.text)]
        case .enter:
            if field.type == .attachment {
                let effects = commitEdit()
                if openDocumentCheck(for: field) { return effects }
                return effects.merging(moveFocus(by: 1))
            }
            return moveFocus(by: 1)
        case .escape:
            // Undoes the edits made since the field got the focus; Esc again brings them back.
            guard editor.text != valueBeforeEdit else { return [] }
            let undone = editor.text
            editor = LineEditor(text: valueBeforeEdit, maxLength: editor.maxLength)
            valueBeforeEdit = undone
            message = words("wizard.message.undone", ["code": field.code])
            return storeEditorText()
        default:
            let effects = edit(with: key)
            guard field.type == .attachment, !effects.isEmpty else { return effects }
            pathSuggestion = nil
            return effects + [.suggestPath(fieldID: field.id, typed: editor.text)]
        }
    }

    /// Whether → or End would complete the attachment path being typed.
    private func acceptsSuggestion(in field: FormField) -> Bool {
        field.type == .attachment && pathSuggestion != nil && editor.cursor == editor.text.count
    }

    private mutating func pressInChoiceField(_ key: Key, field: FormField) -> [WizardEffect] {
        guard !isReadOnly || !key.editsText else { return refuseEditing() }
        switch key {
        case .enter, .character(" "):
            openChooser(for: field, filter: "")
        case .character(let character):
            openChooser(for: field, filter: String(character))
        case .backspace, .delete:
            return setValue("", of: field, advancing: false)
        default:
            break
        }
        return []
    }

    private mutating func pressInYesNoField(_ key: Key, field: FormField) -> [WizardEffect] {
        let current = draft.values[field.id] ?? ""
        let next: String
        switch key {
        case .character("y"), .character("Y"): next = "yes"
        case .character("n"), .character("N"): next = "no"
        case .character(" "), .left, .right: next = current == "yes" ? "no" : "yes"
        case .backspace, .delete: next = ""
        case .enter: return moveFocus(by: 1)
        default: return []
        }
        guard !isReadOnly else { return refuseEditing() }
        return setValue(next, of: field, advancing: false)
    }

    /// Applies an editing key to the focused text field.
    private mutating func edit(with key: Key) -> [WizardEffect] {
        if isReadOnly, key.editsText { return refuseEditing() }
        let before = editor.text
        var key = key
        if case .paste(let text) = key, let field = currentField { key = .paste(field.pasted(text)) }
        switch editor.apply(key) {
        case .notEditing: return []
        case .tooLong: message = limitMessage()
        case .edited: break
        }
        return editor.text == before ? [] : storeEditorText()
    }

    mutating func refuseEditing() -> [WizardEffect] {
        message = words["wizard.message.read-only"]
        return []
    }

    private func limitMessage() -> String {
        words("wizard.message.too-long", ["limit": String(editor.maxLength ?? 0)])
    }

    /// Copies the editor's text into the draft as typed; it is tidied when the field is left.
    private mutating func storeEditorText() -> [WizardEffect] {
        guard let field = currentField else { return [] }
        if editor.text.isEmpty {
            draft.values.removeValue(forKey: field.id)
        } else {
            draft.values[field.id] = editor.text
        }
        recheck([field.id])
        return [.persist(.typing)]
    }

    /// Stores a chosen value (choice, yes/no) as a committed change, optionally moving on.
    mutating func setValue(_ value: String, of field: FormField, advancing: Bool) -> [WizardEffect] {
        if value.isEmpty {
            draft.values.removeValue(forKey: field.id)
        } else {
            draft.values[field.id] = value
        }
        if field.id == currentField?.id { loadEditor() }
        recheck([field.id])
        var effects: [WizardEffect] = [.persist(.committed)]
        if field.id == pack.categoryFieldID, let category, !category.isExtendable {
            screen = .stopped(categoryID: category.id)
            return effects
        }
        if advancing { effects = effects.merging(moveFocus(by: 1)) }
        return effects
    }

    /// Tidies the focused text field's value (dates to ISO 8601…) before the focus leaves it.
    mutating func commitEdit() -> [WizardEffect] {
        guard let field = currentField, field.editing == .text else { return [] }
        let typed = editor.text
        let value = field.committedValue(typed)
        let changed = value != valueBeforeEdit
        if value.isEmpty {
            draft.values.removeValue(forKey: field.id)
        } else {
            draft.values[field.id] = value
        }
        pathSuggestion = nil
        guard changed || typed != value else { return [] }
        valueBeforeEdit = value
        if field.type == .attachment, let document = field.document {
            if value.isEmpty { draft.attachments.removeValue(forKey: document) }
            recheck([field.id])
            return value.isEmpty ? [.persist(.committed)] : [.persist(.committed), .inspectAttachment(fieldID: field.id, path: value, language: shownLanguage)]
        }
        recheck([field.id])
        // The answer stays as typed; the engine says at once what is wrong with it.
        if let problem = pack.answerProblem(of: field, in: findings.findings(atField: field.id)) {
            message = "\(field.code): \(problem.detail)"
        }
        return [.persist(.committed)]
    }

    /// Moves to the next (`step` 1) or previous (-1) shown field, across shown sections.
    mutating func moveFocus(by step: Int) -> [WizardEffect] {
        let effects = commitEdit()
        var section = focus.section
        var field = focus.field ?? (step > 0 ? -1 : pack.sections[section].fields.count)
        while true {
            field += step
            let fields = pack.sections[section].fields
            if field >= 0, field < fields.count {
                // The field's own section: no search for the section holding it.
                if pack.isAsked(fields[field], of: pack.sections[section], in: draft) { break }
                continue
            }
            let nextSection = section + step
            guard nextSection >= 0, nextSection < pack.sections.count else {
                if step > 0 { message = words["wizard.message.last-field"] }
                return effects
            }
            section = nextSection
            field = step > 0 ? -1 : pack.sections[section].fields.count
            if pack.sections[section].fields.isEmpty, isShown(pack.sections[section]) {
                return effects.merging(focus(FieldFocus(section: section, field: nil)))
            }
        }
        return effects.merging(focus(FieldFocus(section: section, field: field)))
    }

    /// Moves to the first shown field of the next (`step` 1) or previous (-1) shown section.
    mutating func moveToSection(from index: Int, step: Int) -> [WizardEffect] {
        let effects = commitEdit()
        var target = index + step
        while target >= 0, target < pack.sections.count, !isShown(pack.sections[target]) { target += step }
        guard target >= 0, target < pack.sections.count else { return effects }
        let firstField = shownFieldIndices(of: pack.sections[target]).first
        return effects.merging(focus(FieldFocus(section: target, field: firstField)))
    }

    /// Focuses `newFocus`, loading its value into the editor.
    mutating func focus(_ newFocus: FieldFocus) -> [WizardEffect] {
        focus = newFocus
        loadEditor()
        draft.position = DraftPosition(section: currentSection.id, field: currentField?.id)
        return [.persist(.typing)]
    }

    /// Opens the list of options for `field`, narrowed by `filter`.
    mutating func openChooser(for field: FormField, filter: String) {
        var chooser = Chooser(
            fieldID: field.id, options: field.choiceOptions(in: pack), isMultiple: field.editing == .multipleChoice,
            current: draft.values[field.id] ?? "")
        if !filter.isEmpty {
            var editor = chooser.filter
            editor.insert(filter)
            chooser.setFilter(editor)
        }
        overlay = .chooser(chooser)
    }
}

extension [WizardEffect] {
    /// These effects followed by `more`, without a typing save that a committed save covers.
    func merging(_ more: [WizardEffect]) -> [WizardEffect] {
        guard contains(.persist(.committed)) else { return self + more }
        return self + more.filter { $0 != .persist(.typing) }
    }
}

extension WizardState {
    /// Records what was read from the file attached in `fieldID`, and says what it is.
    mutating func attach(_ facts: AttachmentFacts, at path: String, to fieldID: String) -> [WizardEffect] {
        guard let field = pack.field(id: fieldID), let document = field.document else { return [] }
        attachmentFacts[path] = facts
        draft.values[fieldID] = path
        draft.attachments[document] = [
            Attachment(path: path, size: facts.size, detectedType: facts.kind?.mediaType ?? "", sha256: facts.sha256 ?? "")
        ]
        if currentField?.id == fieldID { loadEditor() }
        recheck([fieldID])
        if let problem = facts.problem, !facts.isReadable {
            message = "\(field.code): \(problem)"
        } else {
            let kind = facts.kind?.displayName(in: words) ?? words["wizard.message.unknown-type"]
            var description = "\(field.code): \(kind), \(ByteCount(facts.size).written(in: words))"
            if let pixels = facts.pixelSize { description += ", \(pixels) px" }
            message = description
        }
        return [.persist(.committed)]
    }
}
