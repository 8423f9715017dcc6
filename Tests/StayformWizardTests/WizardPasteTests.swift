import StayformCore
import StayformWizard
import Testing
import TestSupport

/// Pastes land where a person means: a two-line MRZ whole in its field, a dropped file's path
/// as the path, and a line break elsewhere as a space, never a move to another field.
@Suite struct WizardPasteTests {
    @Test func aTwoLineMRZPastedFillsTheFieldWhole() {
        var wizard = WizardDriver(pack: CrossCheckFixtures.pack, draft: CrossCheckFixtures.cleanDraft)
        wizard.press(.enter)
        wizard.goTo("2.1")
        #expect(wizard.state.currentField?.id == "passport.mrz")
        let line1 = WizardMachineReadableZoneTests.line1
        let line2 = WizardMachineReadableZoneTests.line2
        wizard.press(.paste(line1 + "\r\n" + line2 + "\n"))
        #expect(wizard.state.currentField?.id == "passport.mrz")
        #expect(wizard.state.message == nil, "\(wizard.state.message ?? "")")
        #expect(wizard.state.editor.text == line1 + line2)
        #expect(!wizard.state.findings.findings.contains { $0.ruleID == "mrz" })
        wizard.press(.tab)
        #expect(wizard.state.draft.values["passport.mrz"] == line1 + "\n" + line2)
    }

    @Test func aLineBreakPastedIntoATextFieldIsASpaceAndStaysInTheField() {
        var wizard = WizardDriver(pack: SampleForms.applicantAndPassport)
        wizard.press(.paste("Anna Maria\nSCHMIDT"))
        #expect(wizard.state.currentField?.id == "applicant.full-name")
        #expect(wizard.state.draft.values["applicant.full-name"] == "Anna Maria SCHMIDT")
    }

    @Test func aDroppedFilesPathIsStoredAsThePath() throws {
        var wizard = WizardDriver(pack: CrossCheckFixtures.pack, draft: CrossCheckFixtures.cleanDraft)
        wizard.press(.enter)
        let field = try #require(wizard.state.pack.sections.flatMap(\.fields).first { $0.type == .attachment })
        wizard.goTo(field.code)
        #expect(wizard.state.currentField?.id == field.id)
        wizard.press(.control("u"))
        wizard.press(.paste("'/tmp/files/passport scan.pdf'"))
        #expect(wizard.state.editor.text == "/tmp/files/passport scan.pdf")
        wizard.press(.control("u"))
        wizard.type("file:///tmp/files/passport%20scan.pdf")
        wizard.press(.tab)
        #expect(wizard.state.draft.values[field.id] == "/tmp/files/passport scan.pdf")
    }

    @Test func tabCompletesAPathBeingTypedAndOtherwiseMovesOn() throws {
        var wizard = WizardDriver(pack: CrossCheckFixtures.pack, draft: CrossCheckFixtures.cleanDraft)
        wizard.press(.enter)
        let field = try #require(wizard.state.pack.sections.flatMap(\.fields).first { $0.type == .attachment })
        wizard.goTo(field.code)
        wizard.press(.control("u"))
        wizard.type("/tmp/pass")
        wizard.send(.pathSuggested(fieldID: field.id, typed: "/tmp/pass", rest: "port.pdf"))
        wizard.press(.tab)
        #expect(wizard.state.currentField?.id == field.id)
        #expect(wizard.state.editor.text == "/tmp/passport.pdf")
        wizard.press(.tab)
        #expect(wizard.state.currentField?.id != field.id)
    }
}
