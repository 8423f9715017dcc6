import StayformCore

extension Wizard {
    /// Draws the open overlay as a framed box over the page.
    static func drawOverlay(_ overlay: WizardOverlay, state: WizardState, area: ScreenArea, into screen: inout Screen) {
        let words = state.words
        switch overlay {
        case .help:
            guard let field = state.currentField else { return }
            var lines = state.pack.help(of: field, given: state.draft.values).resolved(for: state.language).wrapped(toColumns: max(1, area.width - 4))
            let hint = field.inputHint(words)
            if !hint.isEmpty { lines += [""] + hint.wrapped(toColumns: max(1, area.width - 4)) }
            let proof = state.evidence(for: field)
            lines += [""] + words("wizard.help.proved-by", ["proof": proof]).wrapped(toColumns: max(1, area.width - 4))
            lines += [""] + KeyList.summary(words).wrapped(toColumns: max(1, area.width - 4))
            drawBox(title: "\(field.code) \(state.pack.label(of: field, given: state.draft.values).resolved(for: state.language))", lines: lines,
                footer: words["wizard.help.footer"], area: area, into: &screen)
        case .goTo(let editor):
            let box = drawBox(title: words["wizard.go-to.title"], lines: [words["wizard.go-to.prompt"], ""],
                footer: words["wizard.go-to.footer"], area: area, into: &screen)
            let window = editor.visibleWindow(width: max(1, box.width - 4))
            screen.put(window.text, row: box.top + 2, column: box.left + 2, style: .inputFocused)
            screen.cursor = ScreenPosition(row: box.top + 2, column: box.left + 2 + window.cursorColumn)
        case .chooser(let chooser):
            drawChooser(chooser, state: state, area: area, into: &screen)
        case .documentCheck(let check):
            drawDocumentCheck(check, state: state, area: area, into: &screen)
        case .findings(let detail):
            drawFindingDetail(detail, state: state, area: area, into: &screen)
        case .failedSave(let failure):
            let columns = max(1, min(area.width, 76) - 4)
            let reason = failure.reason
            let lost = failure.lastSaved.map { words("wizard.failed-save.lost-since", ["time": $0]) }
                ?? words["wizard.failed-save.lost-all"]
            // The choices first: on a small screen the reason is also in the status bar.
            var lines: [String] = []
            let choices = [
                ("F10", words["wizard.failed-save.retry"]), ("Q", words("wizard.failed-save.quit", ["lost": lost])),
                ("Esc", words["wizard.failed-save.back"]),
            ]
            for (key, choice) in choices {
                let wrapped = choice.wrapped(toColumns: max(1, columns - 5))
                lines += wrapped.enumerated().map { ($0 == 0 ? key + String(repeating: " ", count: 5 - key.count) : "     ") + $1 }
            }
            lines += [""] + words("wizard.failed-save.reason", ["reason": reason]).wrapped(toColumns: columns)
            drawBox(title: words["wizard.failed-save.title"], lines: lines, footer: words["wizard.failed-save.footer"],
                area: area, into: &screen)
        }
    }

    private static func drawDocumentCheck(
        _ check: DocumentCheck, state: WizardState, area: ScreenArea, into screen: inout Screen
    ) {
        let words = state.words
        let document = state.pack.document(id: check.documentID)
        let title = words(
            "wizard.document-check.title", ["document": document?.label.resolved(for: state.language) ?? check.documentID])
        var lines: [String] = []
        for (index, row) in check.rows.enumerated() {
            let owner = state.draft.values[row.ownerFieldID] ?? ""
            let factLabel = row.factLabel.resolved(for: state.language)
            let shownOwner = screen.mask.hides(field: row.ownerFieldID) ? PrivacyMask.placeholder : owner
            let restatement = state.draft.restatements[check.documentID]?[row.ownerFieldID]
            let mark: String
            var text: String
            switch restatement {
            case .matches(let confirmed) where confirmed == owner:
                (mark, text) = ("[✓]", "\(factLabel): \(shownOwner)")
            case .matches:
                (mark, text) = ("[?]", words("wizard.document-check.changed", ["fact": factLabel, "answer": shownOwner]))
            case .differs(let printed):
                // The mark is the finding's own: a spelling that is only a note is not an error.
                let finding = state.findings.findings(atField: row.ownerFieldID).filter { finding in
                    finding.places.contains { if case .document(check.documentID, _) = $0 { true } else { false } }
                }.max { $0.severity < $1.severity }
                mark = "[\(finding.map { symbol($0.severity).0 } ?? "✓")]"
                text = words("wizard.document-check.differs", ["fact": factLabel, "printed": printed, "answer": shownOwner])
            case nil:
                (mark, text) = ("[ ]", "\(factLabel): \(owner.isEmpty ? words["wizard.document-check.no-answer"] : shownOwner)")
            }
            if index == check.selected, let editor = check.editor {
                let typed = screen.mask.hides(field: row.ownerFieldID) ? PrivacyMask.hiddenAnswer(words) : editor.text
                text = words("wizard.document-check.typing", ["fact": factLabel, "typed": typed])
            }
            lines.append((index == check.selected ? "▸" : " ") + mark + " " + text)
        }
        let box = drawBox(title: title, lines: lines,
            footer: words["wizard.document-check.footer"], area: area, into: &screen)
        let row = box.top + 1 + check.selected
        if row < box.bottom - 1 {
            screen.fill(row: row, column: box.left + 1, count: box.width - 2, style: .sidebarCurrent)
            screen.put(lines[check.selected], row: row, column: box.left + 2, style: .sidebarCurrent, limit: box.width - 4)
            if let editor = check.editor, !screen.mask.hides(field: check.rows[check.selected].ownerFieldID) {
                let prefix = lines[check.selected].terminalColumns - editor.text.terminalColumns
                screen.cursor = ScreenPosition(row: row, column: min(box.right - 2, box.left + 2 + prefix + editor.cursorColumn))
            }
        }
    }

    private static func drawChooser(_ chooser: Chooser, state: WizardState, area: ScreenArea, into screen: inout Screen) {
        let label = state.pack.field(id: chooser.fieldID).map { "\($0.code) \(state.pack.label(of: $0, given: state.draft.values).resolved(for: state.language))" } ?? ""
        let listRows = max(1, min(chooser.options.count, area.height - 6))
        let first = max(0, min(chooser.highlighted - listRows / 2, chooser.matches.count - listRows))
        let words = state.words
        let search = words["wizard.chooser.search"] + " "
        var lines: [String] = [search + chooser.filter.text, ""]
        for index in first..<min(chooser.matches.count, first + listRows) {
            let option = chooser.matches[index]
            let tick = chooser.isMultiple ? (chooser.ticked.contains(option.value) ? "[x] " : "[ ] ") : ""
            lines.append((index == chooser.highlighted ? "▸ " : "  ") + tick + option.label.resolved(for: state.language))
        }
        if chooser.matches.isEmpty { lines.append("  " + words("wizard.chooser.no-match", ["filter": chooser.filter.text])) }
        let footer = words[chooser.isMultiple ? "wizard.chooser.footer-multiple" : "wizard.chooser.footer"]
        let box = drawBox(title: label, lines: lines, footer: footer, area: area, into: &screen)
        let highlightedRow = box.top + 3 + (chooser.highlighted - first)
        if !chooser.matches.isEmpty, highlightedRow < box.bottom - 1 {
            screen.fill(row: highlightedRow, column: box.left + 1, count: box.width - 2, style: .sidebarCurrent)
            let option = chooser.matches[chooser.highlighted]
            let tick = chooser.isMultiple ? (chooser.ticked.contains(option.value) ? "[x] " : "[ ] ") : ""
            screen.put("▸ " + tick + option.label.resolved(for: state.language), row: highlightedRow,
                column: box.left + 2, style: .sidebarCurrent, limit: box.width - 3)
        }
        screen.cursor = ScreenPosition(
            row: box.top + 1, column: box.left + 2 + search.terminalColumns + chooser.filter.cursorColumn)
    }

    /// Draws a framed box with a title, lines and a footer, as large as needed within `area`;
    /// returns where it went.
    @discardableResult
    static func drawBox(
        title: String, lines: [String], footer: String, area: ScreenArea, into screen: inout Screen
    ) -> ScreenArea {
        // Wide enough for the longest line, and for the title and the footer in their frame.
        let widest = max(lines.map(\.terminalColumns).max() ?? 0, title.terminalColumns + 2, footer.terminalColumns + 2)
        let width = min(area.width, max(40, widest + 4))
        let height = min(area.height, lines.count + 2)
        let box = ScreenArea(top: area.top, left: area.left, bottom: area.top + height, right: area.left + width)
        for row in box.top..<box.bottom { screen.fill(row: row, column: box.left, count: width, style: .normal) }
        let horizontal = String(repeating: "─", count: max(0, width - 2))
        screen.put("┌" + horizontal + "┐", row: box.top, column: box.left, style: .label)
        screen.put("└" + horizontal + "┘", row: box.bottom - 1, column: box.left, style: .label)
        for row in (box.top + 1)..<(box.bottom - 1) {
            screen.put("│", row: row, column: box.left, style: .label)
            screen.put("│", row: row, column: box.right - 1, style: .label)
        }
        screen.put(" \(title) ", row: box.top, column: box.left + 2, style: .label, limit: width - 4)
        screen.put(" \(footer) ", row: box.bottom - 1, column: box.left + 2, style: .help, limit: width - 4)
        for (offset, line) in lines.prefix(height - 2).enumerated() {
            screen.put(line, row: box.top + 1 + offset, column: box.left + 2, style: .normal, limit: width - 4)
        }
        return box
    }
}
