import StayformCore

extension Wizard {
    /// Rows at the bottom of a section page for the focused field's hint and help.
    static let helpRows = 2

    /// Where the parts of a section page go: the fields between `firstRow` and `listEnd`
    /// (exclusive), then the live findings, then the hint and help. On a small screen the
    /// findings panel, the gap under the title and the help rows give way, in that order, so
    /// that the focused field is always on screen.
    struct SectionRows: Hashable, Sendable {
        var firstRow: Int
        var panelRows: Int
        var helpRows: Int
        var bottom: Int

        /// The row after the last one fields may use.
        var listEnd: Int { bottom - helpRows - panelRows }

        init(area: ScreenArea, findings: Int, focusedHeight: Int) {
            firstRow = area.top + 2
            panelRows = min(findings, Wizard.maximumFindingRows(for: area))
            helpRows = Wizard.helpRows
            bottom = area.bottom
            let fits: (SectionRows) -> Bool = { $0.listEnd - $0.firstRow >= focusedHeight }
            if !fits(self) { panelRows = 0 }
            if !fits(self) { firstRow = area.top + 1 }
            while !fits(self), helpRows > 0 { helpRows -= 1 }
        }
    }

    /// A section page: its fields, the focused one editable, scrolled to keep it in view.
    static func drawSection(_ state: WizardState, area: ScreenArea, into screen: inout Screen) {
        let section = state.currentSection
        screen.put(
            "\(section.code)  \(section.title.resolved(for: state.language))",
            row: area.top, column: area.left, style: .label, limit: area.width)
        let live = state.summary.bySection[state.focus.section]
        let shown = state.shownFieldIndices(of: section)
        let heights = shown.map { 1 + section.fields[$0].valueRows }
        let focusedPosition = state.focus.field.flatMap { shown.firstIndex(of: $0) } ?? 0
        let rows = SectionRows(
            area: area, findings: live.count, focusedHeight: heights.indices.contains(focusedPosition) ? heights[focusedPosition] : 1)
        drawLiveFindings(live, rows: rows.panelRows, top: rows.listEnd, state: state, area: area, into: &screen)
        if shown.isEmpty {
            screen.put(state.words["wizard.form.nothing"], row: rows.firstRow, column: area.left, style: .help, limit: area.width)
            return
        }
        let firstVisible = firstVisibleItem(heights: heights, focused: focusedPosition, rows: rows.listEnd - rows.firstRow)
        let worst = worstSeverityByField(live)
        var row = rows.firstRow
        var lastVisible = firstVisible - 1
        for position in firstVisible..<shown.count {
            guard row + heights[position] <= rows.listEnd else { break }
            let index = shown[position]
            drawField(state, field: section.fields[index], isFocused: index == state.focus.field,
                worst: worst[section.fields[index].id], row: row, area: area, into: &screen)
            row += heights[position]
            lastVisible = position
        }
        // What is out of view above and below, on the title's row, where it takes no field's place.
        let hiddenBelow = shown.count - 1 - lastVisible
        let counts = [firstVisible > 0 ? "▲ \(firstVisible)" : nil, hiddenBelow > 0 ? "▼ \(hiddenBelow)" : nil]
            .compactMap { $0 }
        if !counts.isEmpty {
            let more = " " + state.words("wizard.form.more", ["counts": counts.joined(separator: " ")])
            screen.put(more, row: area.top, column: area.right - more.terminalColumns, style: .help)
        }
        if let field = state.currentField, state.overlay == nil, rows.helpRows > 0 {
            drawFieldHelp(field, state: state, rows: rows, area: area, into: &screen)
        }
    }

    /// How many rows the section's findings may take: fewer on a small screen.
    static func maximumFindingRows(for area: ScreenArea) -> Int {
        area.height >= 30 ? 5 : (area.height >= 16 ? 3 : 1)
    }

    /// The findings about this section's answers, worst first, as they change with each key.
    private static func drawLiveFindings(
        _ findings: [Finding], rows: Int, top: Int, state: WizardState, area: ScreenArea, into screen: inout Screen
    ) {
        guard rows > 0 else { return }
        for (offset, finding) in findings.prefix(rows).enumerated() {
            let row = top + offset
            let (mark, style) = symbol(finding.severity)
            screen.put(mark, row: row, column: area.left, style: style)
            var text = " " + finding.oneLine(mask: screen.mask, words: state.words)
            if offset == rows - 1, findings.count > rows {
                text = " " + state.words("wizard.form.more-findings", ["count": String(findings.count - rows + 1)])
            }
            screen.put(text, row: row, column: area.left + 1, style: .normal, limit: area.width - 1)
        }
    }

    /// The most serious severity of `findings` (worst first) about each field they name.
    private static func worstSeverityByField(_ findings: [Finding]) -> [String: FindingSeverity] {
        var worst: [String: FindingSeverity] = [:]
        for finding in findings {
            for case .field(let id, _) in finding.places where worst[id] == nil { worst[id] = finding.severity }
        }
        return worst
    }

    /// The first item to draw so that the focused one fits in `rows`.
    static func firstVisibleItem(heights: [Int], focused: Int, rows: Int) -> Int {
        var first = focused
        var used = heights.indices.contains(focused) ? heights[focused] : 0
        while first > 0, used + heights[first - 1] <= rows {
            first -= 1
            used += heights[first]
        }
        // Prefer showing from the top when everything up to the focus fits.
        return first
    }

    private static func drawField(
        _ state: WizardState, field: FormField, isFocused: Bool, worst: FindingSeverity?, row: Int, area: ScreenArea,
        into screen: inout Screen
    ) {
        // The focus is the marker and the code's highlight: label and value look the same focused
        // or not, so that moving between fields restyles four characters, not two labels and two
        // values, and a typed character costs the terminal a few bytes.
        if isFocused { screen.put("›", row: row, column: area.left - 1, style: .fieldCode) }
        var column = area.left
        column += screen.put(field.code, row: row, column: column, style: isFocused ? .inputFocused : .fieldCode, limit: area.width)
        column += screen.put(" ", row: row, column: column, style: .fieldCode, limit: area.right - column)
        column += screen.put(state.pack.label(of: field, given: state.draft.values).resolved(for: state.language), row: row, column: column,
            style: .label, limit: area.right - column)
        if state.pack.needsAnswer(field, of: state.currentSection, in: state.draft) {
            column += screen.put(" *", row: row, column: column, style: .fieldCode, limit: area.right - column)
        }
        if let worst {
            let (mark, style) = symbol(worst)
            screen.put(" " + mark, row: row, column: column, style: style, limit: area.right - column)
        }
        let boxLeft = area.left + 2
        let boxWidth = max(1, area.width - 2)
        let value = state.draft.values[field.id] ?? ""
        guard isFocused else {
            for (offset, line) in displayRows(of: field, value: value, state: state, mask: screen.mask)
                .prefix(field.valueRows).enumerated()
            {
                screen.put(line, row: row + 1 + offset, column: boxLeft, style: .input, limit: boxWidth)
            }
            return
        }
        switch field.editing {
        case .text where field.type == .mrz:
            drawMachineReadableZone(
                state.editor, hidden: screen.mask.hides(field: field.id) ? PrivacyMask.hiddenAnswer(state.words) : nil, row: row + 1, left: boxLeft,
                width: boxWidth, into: &screen)
        case .text where screen.mask.hides(field: field.id):
            screen.put(PrivacyMask.hiddenAnswer(state.words), row: row + 1, column: boxLeft, style: .input, limit: boxWidth)
        case .text:
            let window = state.editor.visibleWindow(width: boxWidth)
            let used = screen.put(window.text, row: row + 1, column: boxLeft, style: .input, limit: boxWidth)
            if let rest = state.pathSuggestion, state.editor.cursor == state.editor.text.count {
                screen.put(rest + "  " + state.words["wizard.form.completes"], row: row + 1, column: boxLeft + used, style: .help, limit: boxWidth - used)
            }
            screen.cursor = ScreenPosition(row: row + 1, column: boxLeft + window.cursorColumn)
        case .choice, .multipleChoice:
            let shown = displayRows(of: field, value: value, state: state, mask: .none).first ?? ""
            let text = (shown.isEmpty ? state.words["wizard.form.none-chosen"] : shown) + " ▾"
            screen.put(text, row: row + 1, column: boxLeft, style: .input, limit: boxWidth)
            // The cursor stays on the answer whatever its kind: a screen reader or a helpdesk
            // watching follows it, and the terminal is not told to hide and show it on each move.
            screen.cursor = ScreenPosition(row: row + 1, column: boxLeft)
        case .yesNo:
            let words = state.words
            let yes = "\(value == "yes" ? "(•)" : "( )") \(words["wizard.form.yes"])   "
            let no = "\(value == "no" ? "(•)" : "( )") \(words["wizard.form.no"])"
            let used = screen.put(yes + no, row: row + 1, column: boxLeft, style: .input, limit: boxWidth)
            // On the chosen button's dot (the first button's when none is).
            let dot = (value == "no" ? yes.terminalColumns : 0) + 1
            screen.cursor = ScreenPosition(row: row + 1, column: boxLeft + min(dot, max(0, used - 1)))
        }
    }

    /// `field.displayRows`, kept while the value, the language and whether `mask` hides the
    /// field stay the same.
    static func displayRows(of field: FormField, value: String, state: WizardState, mask: PrivacyMask) -> [String] {
        let inputs = DisplayRowsInputs(value: value, language: state.language, isHidden: mask.hides(field: field.id))
        return state.viewMemo.remembered(\.displayRows, name: field.id, inputs: inputs) {
            field.displayRows(of: value, in: state.pack, language: state.language, mask: mask)
        }
    }

    /// The MRZ as its two lines of 44, the cursor where the next character goes; `hidden`
    /// instead when the mask hides it.
    private static func drawMachineReadableZone(
        _ editor: LineEditor, hidden: String?, row: Int, left: Int, width: Int, into screen: inout Screen
    ) {
        if let hidden {
            screen.put(hidden, row: row, column: left, style: .input, limit: width)
            return
        }
        let characters = Array(editor.text)
        let lineLength = 44
        for line in 0..<2 {
            let start = min(characters.count, line * lineLength)
            let end = min(characters.count, start + lineLength)
            screen.put(String(characters[start..<end]), row: row + line, column: left, style: .input, limit: width)
        }
        let cursorLine = min(1, editor.cursor / lineLength)
        let cursorColumn = editor.cursor - cursorLine * lineLength
        screen.cursor = ScreenPosition(row: row + cursorLine, column: left + min(cursorColumn, width - 1))
    }

    private static func drawFieldHelp(
        _ field: FormField, state: WizardState, rows: SectionRows, area: ScreenArea, into screen: inout Screen
    ) {
        let inputs = FieldHelpInputs(
            hint: field.inputHint(state.words),
            help: state.pack.help(of: field, given: state.draft.values).resolved(for: state.language), width: area.width)
        let lines = state.viewMemo.remembered(\.fieldHelp, name: field.id, inputs: inputs) { fieldHelpLines(inputs) }
        // With one row left, the help (why it is asked) is the one shown.
        if rows.helpRows > 1 {
            screen.put(lines.hint, row: area.bottom - rows.helpRows, column: area.left, style: .help)
        }
        guard let help = lines.help else { return }
        screen.put(help, row: area.bottom - 1, column: area.left, style: .help, limit: area.width)
    }

    /// The hint cut to the width, and the help's first line: `… F1` ends it when more follows.
    ///
    ///     fieldHelpLines(FieldHelpInputs(hint: "", help: "Why it is asked and where", width: 14))
    ///     // FieldHelpLines(hint: "", help: "Why it is … F1")
    static func fieldHelpLines(_ inputs: FieldHelpInputs) -> FieldHelpLines {
        let hint = inputs.hint.truncated(toColumns: inputs.width)
        guard !inputs.help.isEmpty else { return FieldHelpLines(hint: hint, help: nil) }
        // Only the first line shows: wrapping a prefix of more than two lines' worth of
        // characters gives the same first line, and tells as well whether more follows.
        let lines = inputs.help.prefix(2 * inputs.width + 8).wrapped(toColumns: inputs.width)
        guard lines.count > 1 else { return FieldHelpLines(hint: hint, help: lines[0]) }
        // More follows: the first line is wrapped shorter, so that the marker always fits.
        let marker = " … F1"
        let room = max(1, inputs.width - marker.terminalColumns)
        let first = inputs.help.prefix(2 * room + 8).wrapped(toColumns: room)[0]
        return FieldHelpLines(hint: hint, help: first + marker)
    }
}
