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
            drawTooSmall(into: &screen)
            return screen
        }
        let longestTitle = state.pack.sections.lazy.map { $0.title.resolved(for: state.language).terminalColumns }.max() ?? 0
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
        if layout.sidebar == nil, state.screen == .form {
            title += " · \(state.currentSection.code)/\(state.pack.sections.count) "
                + state.currentSection.title.resolved(for: state.language)
        }
        screen.put(title, row: 0, column: 0, style: .title)
        let edition = "edition \(state.pack.edition) "
        let editionColumn = screen.size.columns - edition.terminalColumns
        if editionColumn > title.terminalColumns + 1 {
            screen.put(edition, row: 0, column: editionColumn, style: .title)
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
        for row in area.top..<area.bottom { screen.fill(row: row, column: area.left, count: area.width, style: .sidebar) }
        for (index, section) in state.pack.sections.enumerated() {
            let row = area.top + 1 + index
            guard row < area.bottom else { break }
            let isCurrent = index == state.focus.section && state.screen == .form
            let progress = state.progress.sections[index]
            let style: StyleRole = isCurrent ? .sidebarCurrent : (progress.isShown ? .sidebar : .help)
            if isCurrent { screen.fill(row: row, column: area.left, count: area.width, style: style) }
            let (mark, markStyle) = sectionMark(progress, worst: state.summary.worstSeverity(inSection: index))
            screen.put(isCurrent ? "▸" : " ", row: row, column: area.left, style: style)
            screen.put(mark, row: row, column: area.left + 1, style: isCurrent ? style : markStyle)
            screen.put(
                " \(section.code) \(section.title.resolved(for: state.language))".truncated(toColumns: area.width - 2),
                row: row, column: area.left + 2, style: style)
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
        case _ where state.isReadOnly:
            (saved, savedStyle) = (state.followedName.map { name in
                "following \(name.terminalSafe)" + (state.followedUpdate.map { ", updated \($0)" } ?? "")
            } ?? "READ-ONLY", .warning)
        case .notSaved: (saved, savedStyle) = ("not saved yet", .statusBar)
        case .saved(let time): (saved, savedStyle) = ("saved \(time)", .statusBar)
        case .failed(let reason): (saved, savedStyle) = ("NOT SAVED: \(reason)", .blocking)
        }
        let column = screen.put(" \(saved) ", row: row, column: 0, style: savedStyle)
        // Each part with how much it matters; on a narrow screen the least is left out whole
        // (the sidebar or the page shows the section and the field), never cut mid-word.
        var parts: [(text: String, rank: Int)] = [("section \(state.currentSection.code)/\(state.pack.sections.count)", 0)]
        if state.screen == .form, let field = state.currentField { parts.append((field.code, 1)) }
        parts.append(("\(state.progress.percentComplete)% done", 2))
        parts.append(("✗ \(state.summary.blocking) ! \(state.summary.warnings)", 5))
        if let days = state.daysUntilPermitExpires {
            parts.append((days >= 0 ? "permit ends in \(days) d" : "permit ENDED \(-days) d ago", 4))
        }
        if state.isMasked { parts.append(("numbers hidden", 3)) }
        let text: () -> String = { "│ " + parts.map(\.text).joined(separator: " │ ") }
        while parts.count > 1, column + text().terminalColumns > screen.size.columns,
            let least = parts.indices.min(by: { parts[$0].rank < parts[$1].rank })
        {
            parts.remove(at: least)
        }
        screen.put(text(), row: row, column: column, style: .statusBar)
    }

    /// Key help for each page, longest first; the longest that fits is shown.
    static func keyHelpVariants(for state: WizardState) -> [String] {
        switch state.overlay {
        case .help: return [" any key closes the help"]
        case .goTo: return [" type a field code such as 2.3  Enter go  Esc cancel", " code  Enter  Esc"]
        case .chooser: return [" ↑↓ choose  Enter accept  Esc cancel  type to search", " ↑↓ Enter Esc"]
        case .documentCheck:
            return [" ↑↓ fact  Space/Enter it matches  type what it says instead  ⌫ clear  Esc close", " ↑↓ Space type ⌫ Esc"]
        case .findings:
            if case .findings(let detail) = state.overlay, state.ambiguousDate(in: detail) != nil {
                return [" 1 or 2 pick the day  ↑↓ scroll  Enter go to the field  Esc close", " 1/2 pick  Esc"]
            }
            return [" ↑↓ PgUp PgDn scroll  Enter go to the field  F1 help  Esc close", " ↑↓ scroll  Enter field  Esc"]
        case .failedSave:
            return [" F10 try saving again  Q quit without saving  Esc back to the form", " F10 retry  Q quit  Esc back"]
        case nil: break
        }
        switch state.screen {
        case .start, .stopped:
            return [" ↑↓ choose  Enter accept  F10 save+quit", " ↑↓ Enter  F10 quit"]
        case .finalCheck:
            return [
                " ↑↓ move  Enter read in full  n next steps  Esc back  F10 save+quit",
                " ↑↓ Enter n Esc  F10 quit",
            ]
        case .review:
            return [
                " ↑↓ move  Space mark checked  Enter go to field  Esc back  F10 save+quit",
                " ↑↓ Space Enter Esc  F10 quit",
            ]
        case .nextSteps:
            return [" Esc back to the form  F3 final check  F10 save+quit", " Esc form  F3 check  F10 quit"]
        case .form:
            return state.prefersControlKeys ? formControlKeyHelpVariants : formKeyHelpVariants
        }
    }

    /// The form's key help once Ctrl keys are in use: every Ctrl key at 80 columns.
    static let formControlKeyHelpVariants: [String] = {
        let control = KeyBinding.all.map { "\($0.controlName) \($0.shortAction)" }
        return [formKeyHelpVariants[0], formKeyHelpVariants[1], " Tab PgDn · " + control.joined(separator: " ")]
            + formKeyHelpVariants.dropFirst(3)
    }()

    /// The form's key help, longest first, from the one table of F-key actions: every F-key
    /// with its Ctrl key where there is room, every F-key at 80 columns.
    static let formKeyHelpVariants: [String] = {
        let bindings = KeyBinding.all
        let withControl = bindings.map { "\($0.functionKeyName)/\($0.controlName) \($0.shortAction)" }
        let plain = bindings.map { "\($0.functionKeyName) \($0.shortAction)" }
        return [
            " Tab next  S-Tab back  PgDn section  " + withControl.joined(separator: "  "),
            " Tab/PgDn move  " + withControl.joined(separator: " "),
            " Tab PgDn · " + plain.joined(separator: " "),
            " Tab next  S-Tab back  PgDn section  F1 help  F2 go to  F3 check  F10 save+quit",
            " Tab/S-Tab move  PgDn/PgUp section  F1 help  F10 save+quit",
            " Tab move  PgDn section  F10 quit",
        ]
    }()

    private static func drawKeyHelp(_ state: WizardState, row: Int, into screen: inout Screen) {
        screen.fill(row: row, style: .keyHelp)
        let variants = keyHelpVariants(for: state)
        let help = variants.first { $0.terminalColumns <= screen.size.columns } ?? variants[variants.count - 1]
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
