import StayformCore
import StayformWizard
import Testing
import TestSupport

@Suite struct WizardViewTests {
    let pack = SampleForms.applicantAndPassport

    private func filled() -> WizardDriver {
        var wizard = WizardDriver(pack: pack)
        wizard.type("Müller Nguyễn 山田")
        wizard.press(.tab)
        wizard.type("F")
        wizard.press(.tab)
        wizard.send(.saveFinished(.saved(time: "14:03:27")))
        return wizard
    }

    @Test func snapshotOfANewDraftAt80x24() {
        let wizard = WizardDriver(pack: pack)
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "new-draft-80x24")
    }

    @Test func snapshotOfAFilledSectionAt80x24() {
        assertTextSnapshot(filled().screenLines.joined(separator: "\n"), named: "filled-applicant-80x24")
    }

    @Test func snapshotOfTheOneColumnLayoutAt60x15() {
        var wizard = filled()
        wizard.send(.resized(TerminalSize(columns: 60, rows: 15)))
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "filled-applicant-60x15")
    }

    @Test func snapshotOfAScrolledLongSection() {
        var wizard = WizardDriver(pack: SampleForms.longSection(fieldCount: 30))
        for _ in 0..<12 { wizard.press(.tab) }
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "long-section-scrolled-80x24")
    }

    /// At the smallest size (40×10), whichever field has the focus is on screen with its value
    /// row, the MRZ's two lines included, as Tab walks the whole form.
    @Test(arguments: [TerminalSize(columns: 40, rows: 10), TerminalSize(columns: 60, rows: 12)])
    func theFocusedFieldIsAlwaysOnScreen(size: TerminalSize) {
        var wizard = WizardDriver(pack: CrossCheckFixtures.pack, draft: CrossCheckFixtures.cleanDraft, size: size)
        wizard.press(.enter)
        var seen = 0
        for _ in 0..<80 {
            guard let field = wizard.state.currentField else {
                wizard.press(.tab)
                continue
            }
            let lines = wizard.screenLines
            let row = lines.firstIndex { $0.contains("›\(field.code) ") }
            #expect(row != nil, "\(field.code) is not on screen at \(size):\n\(lines.joined(separator: "\n"))")
            if let row {
                #expect(row + field.valueRows < size.rows - 2, "\(field.code)'s value is cut at \(size)")
            }
            seen += 1
            wizard.press(.tab)
        }
        #expect(seen > 20)
    }

    /// The sidebar widens with the terminal up to the longest section title, and keeps at
    /// least two thirds of the screen for the form.
    @Test func theSidebarFollowsTheTerminalWidth() {
        var pack = SampleForms.applicantAndPassport
        pack.sections[1].title = LocalizedText(english: "Declaration and signature")
        var wide = WizardDriver(pack: pack, size: TerminalSize(columns: 120, rows: 30))
        #expect(wide.screenLines.contains { $0.hasSuffix(" 2 Declaration and signature") })
        wide.send(.resized(TerminalSize(columns: 80, rows: 24)))
        let narrow = wide.screenLines
        #expect(narrow.contains { $0.contains(" 2 Declaration and sign…") }, "\(narrow.joined(separator: "\n"))")
        #expect(narrow.contains { $0.contains("› 1.1") || $0.contains("›1.1") })
    }

    /// At 80 columns the status bar leaves out what the page shows already rather than cut
    /// the permit's days or "numbers hidden" in the middle.
    @Test func theStatusBarLeavesOutWholePartsOnANarrowScreen() {
        var wizard = WizardDriver(pack: CrossCheckFixtures.pack, draft: CrossCheckFixtures.cleanDraft)
        wizard.press(.enter, .function(6))
        wizard.press(.character("x"))
        let status = wizard.screenLines[22]
        #expect(status.hasSuffix("numbers hidden"), "\(status)")
        #expect(status.contains("permit ends in ") || status.contains("permit ENDED "), "\(status)")
        #expect(status.terminalColumns <= 80)
        wizard.send(.resized(TerminalSize(columns: 160, rows: 24)))
        #expect(wizard.screenLines[22].contains("section 1/"))
    }

    @Test func snapshotOfTheSmallestSize() {
        var wizard = filled()
        wizard.send(.resized(TerminalSize(columns: 40, rows: 10)))
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "filled-applicant-40x10")
    }

    @Test func theCursorSitsAfterTheLastWideCharacter() throws {
        var wizard = WizardDriver(pack: pack)
        wizard.type("Müller Nguyễn 山田")
        let screen = Wizard.view(wizard.state)
        let cursor = try #require(screen.cursor)
        let row = screen.lines[cursor.row]
        let inputStart = try #require(row.firstIndex(of: "M"))
        let startColumn = row[..<inputStart].terminalColumns
        #expect(cursor.column == startColumn + 18)
    }

    /// The column where `text` starts on the cursor's row, and the cursor.
    private func cursorAndColumn(of text: String, in state: WizardState) throws -> (cursor: ScreenPosition, column: Int) {
        let screen = Wizard.view(state)
        let cursor = try #require(screen.cursor)
        let row = screen.lines[cursor.row]
        let start = try #require(row.range(of: text)?.lowerBound)
        return (cursor, row[..<start].terminalColumns)
    }

    @Test func aChoiceFieldKeepsTheCursorOnItsAnswer() throws {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.tab)
        #expect(wizard.state.currentField?.id == "applicant.sex")
        let (cursor, column) = try cursorAndColumn(of: "(none chosen) ▾", in: wizard.state)
        #expect(cursor.column == column)
    }

    @Test func aYesNoFieldPutsTheCursorOnTheChosenButton() throws {
        var draft = Draft(pack: SampleForms.withCategories)
        draft.values["permit.category"] = "voa"
        draft.values["permit.expiry"] = "2026-12-05"
        var wizard = WizardDriver(pack: SampleForms.withCategories, draft: draft)
        wizard.press(.enter, .tab, .tab)
        #expect(wizard.state.currentField?.id == "permit.agent")
        var (cursor, column) = try cursorAndColumn(of: "( ) yes", in: wizard.state)
        #expect(cursor.column == column + 1)
        wizard.type("n")
        #expect(wizard.state.draft.values["permit.agent"] == "no")
        (cursor, column) = try cursorAndColumn(of: "(•) no", in: wizard.state)
        #expect(cursor.column == column + 1)
    }

    @Test func aTinyTerminalGetsAMessageAndNothingIsLost() {
        var wizard = WizardDriver(pack: pack)
        wizard.type("Ana")
        wizard.send(.resized(TerminalSize(columns: 30, rows: 8)))
        let text = wizard.screenLines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("terminal too small (needs 40×10)"))
        wizard.send(.resized(TerminalSize(columns: 80, rows: 24)))
        #expect(wizard.screenLines.contains { $0.contains("Ana") })
    }

    @Test func theFailedSaveIsShownInTheStatusBar() {
        var wizard = WizardDriver(pack: pack)
        wizard.send(.saveFinished(.failed(reason: "disk full")))
        #expect(wizard.screenLines[22].contains("NOT SAVED: disk full"))
    }

    @Test func crafted_valuesAreDrawnAsPlaceholdersNeverAsEscapes() {
        var draft = Draft(pack: pack)
        draft.values["passport.expiry-date"] = "X\u{1B}]0;PWNED\u{07}\u{1B}[2J"
        draft.values["applicant.full-name"] = "\u{9B}31mred"
        let wizard = WizardDriver(pack: pack, draft: draft)
        var wizardOnPassport = wizard
        wizardOnPassport.press(.enter, .pageDown)
        for state in [wizard.state, wizardOnPassport.state] {
            let screen = Wizard.view(state)
            for row in 0..<screen.size.rows {
                for column in 0..<screen.size.columns {
                    let scalars = screen[row, column].character.unicodeScalars
                    #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
                }
            }
        }
        #expect(wizardOnPassport.screenLines.contains { $0.contains("X␛]0;PWNED␇␛[2J") })
    }

    @Test func everyRowFitsTheScreenAtManySizes() {
        var wizard = filled()
        for columns in [40, 59, 71, 72, 80, 120, 200] {
            for rows in [10, 15, 19, 20, 24, 40] {
                wizard.send(.resized(TerminalSize(columns: columns, rows: rows)))
                let lines = wizard.screenLines
                #expect(lines.count == rows)
                #expect(lines.allSatisfy { $0.terminalColumns <= columns })
            }
        }
    }
}
