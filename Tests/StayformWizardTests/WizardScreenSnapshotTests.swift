import StayformCore
import StayformWizard
import Testing
import TestSupport

/// Every page and overlay of the wizard, as text, at 80×24 and 120×40.
@Suite struct WizardScreenSnapshotTests {
    /// A named way to reach a screen from a new draft of the branching sample.
    struct Scenario: CustomTestStringConvertible, Sendable {
        let name: String
        let keys: [Key]
        var testDescription: String { name }
    }

    static let scenarios = [
        Scenario(name: "start-category", keys: []),
        Scenario(name: "stopped-visa-exempt", keys: [.down, .down, .enter]),
        Scenario(name: "section-date-field", keys: [.enter, .tab, .character("2"), .character("0")]),
        Scenario(name: "chooser-country", keys: [.enter, .function(2), .character("1"), .character("."),
            .character("5"), .enter, .character("n")]),
        Scenario(name: "help-overlay", keys: [.enter, .tab, .function(1)]),
        Scenario(name: "go-to-overlay", keys: [.enter, .function(2), .character("1")]),
        Scenario(name: "yes-no-with-condition", keys: [.enter, .tab, .tab, .character("y")]),
        Scenario(name: "review", keys: [.enter, .tab, .character("1"), .tab, .character("y"), .function(5)]),
        Scenario(name: "final-check", keys: [.enter, .tab, .character("1"), .tab, .function(3)]),
        Scenario(name: "next-steps", keys: [.enter, .function(3), .character("n")]),
    ]

    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 120, rows: 40)]

    /// A visit draft of the findings pack whose guarantee letter prints the name as MILLER
    /// HANS, typed in its document check (still open); the permit expiring on `permitExpiry`.
    static func letterWithAnotherName(size: TerminalSize, permitExpiry: String? = nil) -> WizardDriver {
        var wizard = WizardDriver(pack: WizardFindingsTests.pack, size: size)
        let visit = WizardFindingsTests.pack.categories.firstIndex { $0.id == "visit" } ?? 0
        wizard.press(contentsOf: Array(repeating: .down, count: visit) + [.enter])
        for (code, answer) in [("3.4", permitExpiry), ("1.1", "MÜLLER Hans")] {
            guard let answer else { continue }
            wizard.press(.function(2))
            wizard.type(code)
            wizard.press(.enter)
            wizard.type(answer)
        }
        wizard.press(.function(2))
        wizard.type("5.4")
        wizard.press(.enter, .enter)
        wizard.type("MILLER HANS")
        return wizard
    }

    /// The document check and the live findings need a pack with documents and rules.
    @Test(arguments: sizes)
    func snapshotOfADocumentCheckWithAMismatch(size: TerminalSize) {
        var wizard = Self.letterWithAnotherName(size: size)
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "document-check-\(size.columns)x\(size.rows)")
        wizard.press(.enter, .escape, .function(2))
        wizard.type("1.1")
        wizard.press(.enter)
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "live-findings-\(size.columns)x\(size.rows)")
    }

    /// A finding read in full from F3 (with its figure's source and dates), and the findings
    /// of a field opened with F1, at 80×24.
    @Test func snapshotOfAFindingReadInFull() {
        var wizard = Self.letterWithAnotherName(size: TerminalSize(columns: 80, rows: 24), permitExpiry: "2026-11-25")
        wizard.press(.enter, .escape, .function(3))
        let lines = wizard.state.finalCheckLines
        let windowRow = lines.filter { if case .finding = $0 { true } else { false } }
            .firstIndex { if case .finding(let finding) = $0 { !finding.figures.isEmpty } else { false } } ?? 0
        wizard.press(contentsOf: Array(repeating: .down, count: windowRow) + [.enter])
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "finding-detail-figure-80x24")
        wizard.press(.escape, .escape, .function(2))
        wizard.type("1.1")
        wizard.press(.enter, .function(1))
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "finding-detail-field-80x24")
        wizard.press(.enter)
        #expect(wizard.state.overlay == nil)
        #expect(wizard.state.currentField?.code == "1.1")
    }

    @Test(arguments: scenarios, sizes)
    func snapshot(scenario: Scenario, size: TerminalSize) {
        var wizard = WizardDriver(pack: SampleForms.withCategories, size: size)
        wizard.press(contentsOf: scenario.keys)
        assertTextSnapshot(
            wizard.screenLines.joined(separator: "\n"), named: "\(scenario.name)-\(size.columns)x\(size.rows)")
    }
}
