import StayformCore

extension Wizard {
    /// Below this size the wizard shows only a message asking for a larger terminal.
    public static let minimumSize = TerminalSize(columns: 40, rows: 10)
    /// From this size on, the sections are listed in a sidebar.
    public static let sidebarSize = TerminalSize(columns: 72, rows: 20)

    /// Draws `state` into a screen of the state's size.
    public static func view(_ state: WizardState) -> Screen {
        var screen = Screen(size: state.size, mask: state.privacyMask)
        let size = state.size
        guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows else {
            drawTooSmall(state.words, into: &screen)
            return screen
        }
        let longestTitle = state.viewMemo.remembered(\.longestTitle, name: "", inputs: state.language) {
            state.pack.sections.lazy.map { $0.title.resolved(for: state.language).terminalColumns }.max() ?? 0
        }
        let layout = WizardLayout(size: size, showsSidebar: state.screen.showsSidebar, longestSectionTitle: longestTitle)
        drawTitleBar(state, layout: layout, into: &screen)
        if let sidebar = layout.sidebar { drawSidebar(state, area: sidebar, into: &screen) }
        switch state.screen {
        case .start(let page): drawStartPage(state, page: page, area: layout.content, into: &screen)
        case .stopped(let categoryID): drawStoppedPage(state, categoryID: categoryID, area: layout.content, into: &screen)
        case .form: drawSection(state, area: layout.content, into: &screen)
        case .review(let selected): drawReview(state, selected: selected, area: layout.content, into: &screen)
        case .finalCheck(let selected): drawFinalCheck(state, selected: selected, area: layout.content, into: &screen)
        case .nextSteps: drawNextSteps(state, area: layout.content, into: &screen)
        }
        if let overlay = state.overlay { drawOverlay(overlay, state: state, area: layout.content, into: &screen) }
        drawStatusBar(state, row: layout.statusRow, into: &screen)
        drawKeyHelp(state, row: layout.keyHelpRow, into: &screen)
        return screen
    }

    private static func drawTooSmall(_ words: Words, into screen: inout Screen) {
        let size = screen.size
        let text = words(
            "wizard.too-small", ["columns": String(minimumSize.columns), "rows": String(minimumSize.rows)])
        let lines = text.wrapped(toColumns: max(1, size.columns))
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (size.columns - line.terminalColumns) / 2)
            screen.put(line, row: top + offset, column: column, style: .warning)
        }
    }

    private static func drawTitleBar(_ state: WizardState, layout: WizardLayout, into screen: inout Screen) {
        let inputs = TitleBarInputs(
            language: state.language, section: layout.sidebar == nil && state.screen == .form ? state.focus.section : nil,
            columns: screen.size.columns)
        drawLine(\.titleBar, inputs: inputs, state: state, row: 0, style: .title, into: &screen) { _ in
            var title = " stayform · \(state.pack.title.resolved(for: state.language))"
            if inputs.section != nil {
                title += " · \(state.currentSection.code)/\(state.pack.sections.count) "
                    + state.currentSection.title.resolved(for: state.language)
            }
            let edition = state.words("wizard.title.edition", ["edition": state.pack.edition]) + " "
            let editionColumn = inputs.columns - edition.terminalColumns
            let runs = [TextRun(text: title, column: 0, style: .title)]
            return editionColumn > title.terminalColumns + 1 ? runs + [TextRun(text: edition, column: editionColumn, style: .title)] : runs
        }
    }

    /// The mark beside a section in the sidebar: a symbol, never colour alone.
    static func sectionMark(_ progress: SectionProgress, worst: FindingSeverity?) -> (String, StyleRole) {
        if !progress.isShown { return ("–", .help) }
        switch worst {
        case .blocking: return ("✗", .blocking)
        case .warning: return ("!", .warning)
        default: return progress.isComplete ? ("✓", .success) : ("·", .sidebar)
        }
    }

    /// The symbol of a severity, so that meaning never rests on colour alone.
    static func symbol(_ severity: FindingSeverity) -> (String, StyleRole) {
        switch severity {
        case .blocking: return ("✗", .blocking)
        case .warning: return ("!", .warning)
        case .note: return ("i", .note)
        }
    }

    private static func drawSidebar(_ state: WizardState, area: ScreenArea, into screen: inout Screen) {
        let titles = state.viewMemo.remembered(\.sidebarTitles, name: "", inputs: SidebarInputs(language: state.language, width: area.width)) {
            state.pack.sections.map { " \($0.code) \($0.title.resolved(for: state.language))".truncated(toColumns: area.width - 2) }
        }
        let progress = state.progress.sections
        let rows = SidebarRows(
            titles: titles,
            marks: progress.indices.map { SidebarMark(progress[$0], worst: state.summary.worstSeverity(inSection: $0)) },
            current: state.screen == .form ? state.focus.section : nil, width: area.width, height: area.height)
        // With nothing hidden the sidebar is kept whole while its rows stay the same (a mask
        // could hide part of a title: then it is drawn each time).
        guard screen.mask.isEmpty else {
            drawSidebar(rows, area: area, into: &screen)
            return
        }
        let block = state.viewMemo.remembered(\.sidebar, name: "", inputs: rows) {
            var block = Screen(size: TerminalSize(columns: rows.width, rows: rows.height))
            drawSidebar(rows, area: ScreenArea(top: 0, left: 0, bottom: rows.height, right: rows.width), into: &block)
            return block
        }
        screen.paste(block, row: area.top, column: area.left)
    }

    private static func drawSidebar(_ rows: SidebarRows, area: ScreenArea, into screen: inout Screen) {
        for row in area.top..<area.bottom { screen.fill(row: row, column: area.left, count: area.width, style: .sidebar) }
        for (index, title) in rows.titles.enumerated() {
            let row = area.top + 1 + index
            guard row < area.bottom else { break }
            let isCurrent = index == rows.current
            let mark = rows.marks[index]
            let style: StyleRole = isCurrent ? .sidebarCurrent : (mark.isShown ? .sidebar : .help)
            if isCurrent { screen.fill(row: row, column: area.left, count: area.width, style: style) }
            screen.put(isCurrent ? "▸" : " ", row: row, column: area.left, style: style)
            screen.put(mark.symbol, row: row, column: area.left + 1, style: isCurrent ? style : mark.style)
            screen.put(title, row: row, column: area.left + 2, style: style)
        }
    }

    private static func drawStatusBar(_ state: WizardState, row: Int, into screen: inout Screen) {
        if let message = state.message {
            screen.fill(row: row, style: .statusBar)
            screen.put(" \(message)", row: row, column: 0, style: .warning)
            return
        }
        let inputs = state.statusBarInputs(columns: screen.size.columns)
        drawLine(\.statusBar, inputs: inputs, state: state, row: row, style: .statusBar, into: &screen) { mask in
            statusBarRuns(inputs, mask: mask)
        }
    }

    /// Draws `runs` on `row` over a fill of `style`. With nothing hidden, the drawn row is kept
    /// in `table` while `inputs` stay the same and pasted whole (a mask could change what the
    /// runs show: then they are drawn each time).
    private static func drawLine<Inputs: Hashable & Sendable>(
        _ table: WritableKeyPath<ViewMemo.Tables, MemoTable<Inputs, Screen>> & Sendable, inputs: Inputs, state: WizardState,
        row: Int, style: StyleRole, into screen: inout Screen, runs: (PrivacyMask) -> [TextRun]
    ) {
        guard screen.mask.isEmpty else {
            screen.fill(row: row, style: style)
            for run in runs(screen.mask) { screen.put(run.text, row: row, column: run.column, style: run.style) }
            return
        }
        let line = state.viewMemo.remembered(table, name: "", inputs: inputs) {
            var line = Screen(size: TerminalSize(columns: screen.size.columns, rows: 1))
            line.fill(row: 0, style: style)
            for run in runs(.none) { line.put(run.text, row: 0, column: run.column, style: run.style) }
            return line
        }
        screen.paste(line, row: row, column: 0)
    }

    /// The status bar without a message: whether the draft is saved, then the section, how
    /// much is done, the findings and the permit's days, the least important left out first
    /// when the width is short.
    static func statusBarRuns(_ inputs: StatusBarInputs, mask: PrivacyMask) -> [TextRun] {
        let words = Language(orEnglish: inputs.language).words
        let saved: String
        let savedStyle: StyleRole
        switch inputs.saveStatus {
        case _ where inputs.isReadOnly:
            (saved, savedStyle) = (inputs.followedName.map { name in
                inputs.followedUpdate.map { words("wizard.status.following-updated", ["name": name.terminalSafe, "time": $0]) }
                    ?? words("wizard.status.following", ["name": name.terminalSafe])
            } ?? words["wizard.status.read-only"], .warning)
        case .notSaved: (saved, savedStyle) = (words["wizard.status.not-saved"], .statusBar)
        case .saved(let time): (saved, savedStyle) = (words("wizard.status.saved", ["time": time]), .statusBar)
        case .failed(let reason): (saved, savedStyle) = (words("wizard.status.failed", ["reason": reason]), .blocking)
        }
        // Where the rest starts is where the saved text ends as the screen draws it.
        let columns = inputs.columns
        var line = Screen(size: TerminalSize(columns: columns, rows: 1), mask: mask)
        let first = TextRun(text: " \(saved) ", column: 0, style: savedStyle)
        let column = line.put(first.text, row: 0, column: 0, style: savedStyle)
        // Each part with how much it matters; on a narrow screen the least is left out whole
        // (the sidebar or the page shows the section and the field), never cut mid-word.
        let section = words("wizard.status.section", ["code": inputs.sectionCode, "count": String(inputs.sectionCount)])
        // The field's code is not repeated here: the page marks it (› and its highlight), and
        // a field move then changes only the page.
        var parts: [(text: String, rank: Int)] = [(section, 0)]
        parts.append((words("wizard.status.done", ["percent": String(inputs.percentComplete)]), 2))
        parts.append(("✗ \(inputs.blocking) ! \(inputs.warnings)", 5))
        if let days = inputs.daysUntilPermitExpires {
            parts.append((days >= 0
                ? words("wizard.status.permit-ends", ["days": String(days)])
                : words("wizard.status.permit-ended", ["days": String(-days)]), 4))
        }
        if inputs.isMasked { parts.append((words["wizard.status.hidden"], 3)) }
        let text: () -> String = { "│ " + parts.map(\.text).joined(separator: " │ ") }
        while parts.count > 1, column + text().terminalColumns > columns,
            let least = parts.indices.min(by: { parts[$0].rank < parts[$1].rank })
        {
            parts.remove(at: least)
        }
        return [first, TextRun(text: text(), column: column, style: .statusBar)]
    }

    /// Key help for each page, longest first; the longest that fits is shown.
    static func keyHelpVariants(for state: WizardState) -> [String] {
        let words = state.words
        let pair: (String, String) -> [String] = { long, short in [" " + words[long], " " + words[short]] }
        switch state.overlay {
        case .help: return [" " + words["wizard.hint.help"]]
        case .goTo: return pair("wizard.hint.go-to", "wizard.hint.go-to.short")
        case .chooser: return pair("wizard.hint.chooser", "wizard.hint.chooser.short")
        case .documentCheck: return pair("wizard.hint.document-check", "wizard.hint.document-check.short")
        case .findings(let detail):
            return state.ambiguousDate(in: detail) != nil ? pair("wizard.hint.ambiguous-date", "wizard.hint.ambiguous-date.short") : pair("wizard.hint.findings", "wizard.hint.findings.short")
        case .failedSave: return pair("wizard.hint.failed-save", "wizard.hint.failed-save.short")
        case nil: break
        }
        switch state.screen {
        case .start, .stopped: return pair("wizard.hint.start", "wizard.hint.start.short")
        case .finalCheck: return pair("wizard.hint.final-check", "wizard.hint.final-check.short")
        case .review: return pair("wizard.hint.review", "wizard.hint.review.short")
        case .nextSteps: return pair("wizard.hint.next-steps", "wizard.hint.next-steps.short")
        case .form:
            let variants = FormKeyHelp.variants[state.shownLanguage]
            return (state.prefersControlKeys ? variants?.control : variants?.function) ?? [" " + words["wizard.hint.form.least"]]
        }
    }

    private static func drawKeyHelp(_ state: WizardState, row: Int, into screen: inout Screen) {
        let variants = keyHelpVariants(for: state)
        let inputs = KeyHelpInputs(variants: variants, columns: screen.size.columns)
        drawLine(\.keyHelp, inputs: inputs, state: state, row: row, style: .keyHelp, into: &screen) { _ in
            let help = variants.first { $0.terminalColumns <= inputs.columns } ?? variants[variants.count - 1]
            return [TextRun(text: help, column: 0, style: .keyHelp)]
        }
    }
}

/// A rectangle of the screen: rows `top..<bottom`, columns `left..<right`.
struct ScreenArea: Hashable, Sendable {
    var top: Int
    var left: Int
    var bottom: Int
    var right: Int
    var width: Int { right - left }
    var height: Int { bottom - top }
}

/// Where the parts of the wizard go for a terminal size.
struct WizardLayout: Hashable, Sendable {
    var sidebar: ScreenArea?
    var content: ScreenArea
    var statusRow: Int
    var keyHelpRow: Int

    /// The narrowest sidebar.
    static let minimumSidebarWidth = 24

    /// The sidebar's width: room for the longest section title (`longestTitle` columns, after
    /// the mark and the code), but never more than a third of the terminal.
    ///
    ///     WizardLayout.sidebarWidth(columns: 80, longestTitle: 25)   // 26
    ///     WizardLayout.sidebarWidth(columns: 120, longestTitle: 25)  // 31
    static func sidebarWidth(columns: Int, longestTitle: Int) -> Int {
        min(max(minimumSidebarWidth, longestTitle + 6), columns / 3)
    }

    init(size: TerminalSize, showsSidebar: Bool, longestSectionTitle: Int = 0) {
        statusRow = size.rows - 2
        keyHelpRow = size.rows - 1
        let bodyTop = 1
        let bodyBottom = size.rows - 2
        if showsSidebar, size.columns >= Wizard.sidebarSize.columns, size.rows >= Wizard.sidebarSize.rows {
            let width = WizardLayout.sidebarWidth(columns: size.columns, longestTitle: longestSectionTitle)
            sidebar = ScreenArea(top: bodyTop, left: 0, bottom: bodyBottom, right: width)
            content = ScreenArea(top: bodyTop + 1, left: width + 2, bottom: bodyBottom, right: size.columns - 1)
        } else {
            sidebar = nil
            content = ScreenArea(top: bodyTop + 1, left: 2, bottom: bodyBottom, right: size.columns - 1)
        }
    }
}
