import StayformCore
import StayformWizard
import Testing
import TestSupport

/// Every text input of the wizard edits with the same keys: a field, the go-to box, a list's
/// search and a document's wording.
@Suite struct TextEditingKeysTests {
    @Test func theEditingKeysDoTheSameInALineEditor() {
        var editor = LineEditor(text: "Anna Maria")
        #expect(editor.apply(.control("w")) == .edited)
        #expect(editor.text == "Anna ")
        editor.apply(.control("a"))
        editor.apply(.character("X"))
        #expect(editor.text == "XAnna ")
        editor.apply(.end)
        editor.apply(.control("u"))
        #expect(editor.text.isEmpty)
        #expect(editor.apply(.tab) == .notEditing)
        #expect(editor.apply(.function(3)) == .notEditing)
        var short = LineEditor(maxLength: 3)
        #expect(short.apply(.paste("abcdef")) == .tooLong)
    }

    @Test func theGoToBoxAndAListsSearchTakeCtrlWAndHome() {
        var wizard = WizardDriver(pack: SampleForms.withCategories)
        wizard.press(.enter)
        wizard.press(.function(2))
        wizard.type("9.9 1.5")
        wizard.press(.control("w"), .control("w"))
        wizard.type("1.5")
        wizard.press(.enter)
        #expect(wizard.state.currentField?.id == "permit.nationality")
        wizard.type("xNETH")
        wizard.press(.home, .delete)
        guard case .chooser(let chooser) = wizard.state.overlay else {
            Issue.record("typing on a choice field should open the list")
            return
        }
        #expect(chooser.filter.text == "NETH")
        #expect(chooser.matches.map(\.value) == ["NLD"])
    }

    @Test func aDocumentsWordingTakesCtrlUAndEnd() {
        var wizard = WizardDriver(pack: WizardFindingsTests.pack)
        let index = WizardFindingsTests.pack.categories.firstIndex { $0.id == "visit" } ?? 0
        for _ in 0..<index { wizard.press(.down) }
        wizard.press(.enter)
        wizard.goTo("1.1")
        wizard.type("Hans MÜLLER")
        wizard.goTo("5.4")
        wizard.press(.enter)
        wizard.type("nonsense")
        wizard.press(.control("u"))
        wizard.type("MÜLLER")
        wizard.press(.home)
        wizard.type("Hans ")
        wizard.press(.end, .enter, .escape)
        #expect(wizard.state.draft.restatements["guarantee-letter"]?["applicant.full-name"] == .matches("Hans MÜLLER"))
    }
}
