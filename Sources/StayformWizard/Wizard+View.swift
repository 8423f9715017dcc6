import StayformCore

extension Wizard {
    /// Below this size the wizard shows only a message asking for a larger terminal.
    public static let minimumSize = TerminalSize(columns: 40, rows: 10)
    /// From this size on, the sections are listed in a sidebar.
    public static let sidebarSize = TerminalSize(columns: 72, rows: 20)

    /// Draws `state` into a screen of the state's size.
    public static func view(_ state: WizardState) -> Screen {
        var screen = Screen(size: state.size)
        let size = state.size
        guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows else {
            drawTooSmall(into: &screen)
            return screen
        }
        let layout = WizardLayout(size: size)
        drawTitleBar(state, layout: layout, into: &screen)
        if let sidebar = layout.sidebar { drawSidebar(state, area: sidebar, into: &screen) }
        drawSection(state, area: layout.content, into: &screen)
        drawStatusBar(state, row: layout.statusRow, into: &screen)
        drawKeyHelp(row: layout.keyHelpRow, into: &screen)
        return screen
    }

    private static func drawTooSmall(into screen: inout Screen) {
        let size = screen.size
        let text = "terminal too small (needs \(minimumSize.columns)×\(minimumSize.rows))"
        let lines = text.wrapped(toColumns: max(1, size.columns))
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (size.columns - line.terminalColumns) / 2)
            screen.put(line, row: top + offset, column: column, style: .warning)
        }
    }

    private static func drawTitleBar(_ state: WizardState, layout: WizardLayout, into screen: inout Screen) {
        screen.fill(row: 0, style: .title)
        var title = " stayform · \(state.pack.title.resolved(for: state.language))"
        if layout.sidebar == nil {
            let section = state.currentSection
            title += " · \(state.focus.section + 1)/\(state.pack.sections.count) "
                + section.title.resolved(for: state.language)
        }
        screen.put(title, row: 0, column: 0, style: .title)
        let edition = "edition \(state.pack.edition) "
        let editionColumn = screen.size.columns - edition.terminalColumns
        if editionColumn > title.terminalColumns + 1 {
            screen.put(edition, row: 0, column: editionColumn, style: .title)
        }
    }

    private static func drawSidebar(_ state: WizardState, area: ScreenArea, into screen: inout Screen) {
        for row in area.top..<area.bottom { screen.fill(row: row, column: area.left, count: area.width, style: .sidebar) }
        for (index, section) in state.pack.sections.enumerated() {
            let row = area.top + 1 + index
            guard row < area.bottom else { break }
            let isCurrent = index == state.focus.section
            let style: StyleRole = isCurrent ? .sidebarCurrent : .sidebar
            if isCurrent { screen.fill(row: row, column: area.left, count: area.width, style: style) }
            let marker = isCurrent ? "▸" : " "
            screen.put(
                "\(marker)\(section.code) \(section.title.resolved(for: state.language))",
                row: row, column: area.left, style: style, limit: area.width)
        }
    }

    private static func drawSection(_ state: WizardState, area: ScreenArea, into screen: inout Screen) {
        let section = state.currentSection
        screen.put(
            "\(section.code)  \(section.title.resolved(for: state.language))",
            row: area.top, column: area.left, style: .label, limit: area.width)
        let helpRows = 2
        let firstFieldRow = area.top + 2
        let lastFieldRow = area.bottom - helpRows - 1
        let rowsPerField = 2
        let visibleCount = max(1, (lastFieldRow - firstFieldRow) / rowsPerField)
        let focused = state.focus.field ?? 0
        let firstVisible = max(0, focused - visibleCount + 1)
        if section.fields.isEmpty {
            screen.put("Nothing to fill in on this page yet.", row: firstFieldRow, column: area.left,
                style: .help, limit: area.width)
        }
        for (offset, field) in section.fields[firstVisible...].prefix(visibleCount).enumerated() {
            let index = firstVisible + offset
            let row = firstFieldRow + offset * rowsPerField
            if index == state.focus.field {
                screen.put("›", row: row, column: area.left - 1, style: .fieldCode)
            }
            let codeWidth = screen.put("\(field.code) ", row: row, column: area.left, style: .fieldCode, limit: area.width)
            screen.put(field.label.resolved(for: state.language), row: row, column: area.left + codeWidth,
                style: .label, limit: area.width - codeWidth)
            let boxLeft = area.left + 2
            let boxWidth = max(1, area.width - 2)
            if index == state.focus.field {
                screen.fill(row: row + 1, column: boxLeft, count: boxWidth, style: .inputFocused)
                let window = state.editor.visibleWindow(width: boxWidth)
                screen.put(window.text, row: row + 1, column: boxLeft, style: .inputFocused, limit: boxWidth)
                screen.cursor = ScreenPosition(row: row + 1, column: boxLeft + window.cursorColumn)
            } else {
                screen.fill(row: row + 1, column: boxLeft, count: boxWidth, style: .input)
                let value = state.draft.values[field.id] ?? ""
                screen.put(value, row: row + 1, column: boxLeft, style: .input, limit: boxWidth)
            }
        }
        if firstVisible > 0 {
            let more = "▲ \(firstVisible) more"
            screen.put(more, row: area.top, column: area.right - more.terminalColumns, style: .help)
        }
        let hiddenBelow = section.fields.count - firstVisible - visibleCount
        if hiddenBelow > 0 {
            let more = "▼ \(hiddenBelow) more"
            screen.put(more, row: lastFieldRow, column: area.right - more.terminalColumns, style: .help)
        }
        if let field = state.currentField {
            let help = field.help.resolved(for: state.language)
            for (offset, line) in help.wrapped(toColumns: area.width).prefix(helpRows).enumerated() {
                screen.put(line, row: area.bottom - helpRows + offset, column: area.left, style: .help, limit: area.width)
            }
        }
    }

    private static func drawStatusBar(_ state: WizardState, row: Int, into screen: inout Screen) {
        screen.fill(row: row, style: .statusBar)
        if let message = state.message {
            screen.put(" \(message)", row: row, column: 0, style: .warning)
            return
        }
        let saved: String
        let savedStyle: StyleRole
        switch state.saveStatus {
        case _ where state.isReadOnly: (saved, savedStyle) = ("READ-ONLY", .warning)
        case .notSaved: (saved, savedStyle) = ("not saved yet", .statusBar)
        case .saved(let time): (saved, savedStyle) = ("saved \(time)", .statusBar)
        case .failed(let reason): (saved, savedStyle) = ("NOT SAVED: \(reason)", .blocking)
        }
        var column = screen.put(" \(saved) ", row: row, column: 0, style: savedStyle)
        var position = "│ section \(state.focus.section + 1)/\(state.pack.sections.count)"
        if let field = state.currentField { position += " │ \(field.code)" }
        column += screen.put(position, row: row, column: column, style: .statusBar)
    }

    /// Key help, longest first; the longest that fits is shown.
    static let keyHelpVariants = [
        " Tab next  S-Tab back  PgDn/PgUp section  Esc undo  F10 save+quit",
        " Tab/S-Tab move  PgDn/PgUp section  F10 save+quit",
        " Tab move  PgDn section  F10 quit",
    ]

    private static func drawKeyHelp(row: Int, into screen: inout Screen) {
        screen.fill(row: row, style: .keyHelp)
        let help = keyHelpVariants.first { $0.terminalColumns <= screen.size.columns } ?? keyHelpVariants[keyHelpVariants.count - 1]
        screen.put(help, row: row, column: 0, style: .keyHelp)
    }
}

/// A rectangle of the screen: rows `top..<bottom`, columns `left..<right`.
struct ScreenArea: Hashable, Sendable {
    var top: Int
    var left: Int
    var bottom: Int
    var right: Int
    var width: Int { right - left }
}

/// Where the parts of the wizard go for a terminal size.
struct WizardLayout: Hashable, Sendable {
    var sidebar: ScreenArea?
    var content: ScreenArea
    var statusRow: Int
    var keyHelpRow: Int

    static let sidebarWidth = 24

    init(size: TerminalSize) {
        statusRow = size.rows - 2
        keyHelpRow = size.rows - 1
        let bodyTop = 1
        let bodyBottom = size.rows - 2
        if size.columns >= Wizard.sidebarSize.columns, size.rows >= Wizard.sidebarSize.rows {
            sidebar = ScreenArea(top: bodyTop, left: 0, bottom: bodyBottom, right: WizardLayout.sidebarWidth)
            content = ScreenArea(
                top: bodyTop + 1, left: WizardLayout.sidebarWidth + 2, bottom: bodyBottom, right: size.columns - 1)
        } else {
            sidebar = nil
            content = ScreenArea(top: bodyTop + 1, left: 1, bottom: bodyBottom, right: size.columns - 1)
        }
    }
}
