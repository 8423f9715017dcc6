import StayformCore
@testable import StayformWizard
import Testing
import TestSupport

/// Every page and box of the wizard in Bahasa Indonesia at 80×24, and the smallest screens
/// (40×10) in both languages: the longer Indonesian texts must still fit.
@Suite struct IndonesianSnapshotTests {
    static let size = TerminalSize(columns: 80, rows: 24)

    @Test(arguments: WizardScreenSnapshotTests.scenarios)
    func snapshot(scenario: WizardScreenSnapshotTests.Scenario) {
        var wizard = WizardDriver(pack: SampleForms.withCategories, size: Self.size, language: "id")
        wizard.press(contentsOf: scenario.keys)
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-\(scenario.name)-80x24")
    }

    /// The document check with a name that differs, the live findings under the field, and a
    /// finding read in full with its figure, in Indonesian.
    @Test func snapshotsOfFindingsAndTheDocumentCheck() {
        var wizard = WizardScreenSnapshotTests.letterWithAnotherName(size: Self.size, permitExpiry: "2026-11-25")
        wizard.press(.function(8))
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-document-check-80x24")
        wizard.press(.enter, .escape)
        wizard.goTo("1.1")
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-live-findings-80x24")
        wizard.press(.function(1))
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-finding-detail-field-80x24")
        wizard.press(.escape, .function(3))
        let findings = wizard.state.finalCheckLines.compactMap { if case .finding(let finding) = $0 { finding } else { nil } }
        let withFigure = findings.firstIndex { !$0.figures.isEmpty } ?? 0
        wizard.press(contentsOf: Array(repeating: .down, count: withFigure) + [.enter])
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-finding-detail-figure-80x24")
    }

    /// A draft opened again, the question before clearing it, and the box after a failed save.
    @Test func snapshotsOfResumingAndAFailedSave() {
        var draft = Draft(pack: SampleForms.withCategories)
        draft.values["permit.category"] = "visit"
        draft.values["permit.expiry"] = "2026-12-05"
        var wizard = WizardDriver(pack: SampleForms.withCategories, draft: draft, size: Self.size, language: "id")
        wizard.send(.saveFinished(.saved(time: "14:03:27")))
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-resume-80x24")
        wizard.press(.down, .enter)
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-confirm-start-over-80x24")
        wizard.press(.escape, .enter, .function(10))
        wizard.send(.quitSaveFailed(reason: "No space left on device"))
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-failed-save-80x24")
    }

    /// At 40×10 the question on opening a draft again wraps instead of being cut off, and every
    /// choice stays on screen.
    @Test func theResumeQuestionWrapsOnTheSmallestScreen() {
        var draft = Draft(pack: SampleForms.withCategories)
        draft.values["permit.category"] = "visit"
        let wizard = WizardDriver(pack: SampleForms.withCategories, draft: draft, size: TerminalSize(columns: 40, rows: 10), language: "id")
        let screen = wizard.screenLines.joined(separator: "\n")
        assertTextSnapshot(screen, named: "id-resume-40x10")
        let words = Language.indonesian.words
        let shown = screen.split(separator: "\n").joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for word in words["wizard.start.resume"].split(separator: " ") { #expect(shown.contains(word), "\(word)") }
        // Every choice stays on screen, if need be on one line each.
        #expect(shown.contains(words["wizard.start.start-over"].prefix(20)))
    }

    /// The form with identity numbers hidden and a file suggested, and the switch's message.
    @Test func snapshotOfTheFormAfterTheSwitch() {
        var wizard = WizardDriver(pack: SampleForms.withCategories, size: Self.size)
        wizard.press(.enter, .tab)
        wizard.type("5 Mar 2027")
        wizard.press(.function(8))
        assertTextSnapshot(wizard.screenLines.joined(separator: "\n"), named: "id-switched-80x24")
    }

    /// At 40×10 each page and box still names its keys in a line that fits, in both languages.
    @Test(arguments: WizardScreenSnapshotTests.scenarios, ["en", "id"])
    func theSmallestScreenStillNamesItsKeys(scenario: WizardScreenSnapshotTests.Scenario, language: String) {
        let small = TerminalSize(columns: 40, rows: 10)
        var wizard = WizardDriver(pack: SampleForms.withCategories, size: small, language: language)
        wizard.press(contentsOf: scenario.keys)
        let lines = wizard.screenLines
        let fitting = Wizard.keyHelpVariants(for: wizard.state).first { $0.terminalColumns <= small.columns }
        #expect(fitting != nil, "no key help fits 40 columns")
        #expect(lines[lines.count - 1].trimmingWhitespace == fitting?.trimmingWhitespace)
        #expect(!lines.joined().contains("terminal"), "the page is drawn, not the too-small message")
        if language == "id" && scenario.name == "section-date-field" {
            assertTextSnapshot(lines.joined(separator: "\n"), named: "id-section-date-field-40x10")
        }
    }
}
