import StayformCore
import StayformWizard
import Testing
import TestSupport

/// The Ctrl stand-ins for F-keys work on every page, and once one is used the key help at 80
/// columns names the Ctrl keys.
@Suite struct KeyAlternativesWizardTests {
    @Test func ctrlKOpensTheFinalCheckAndTheKeyHelpThenNamesCtrlKeys() {
        var wizard = WizardDriver(pack: SampleForms.applicantAndPassport)
        #expect(wizard.screenLines.last?.contains("F3 check") == true)
        wizard.press(.control("k"))
        #expect(wizard.state.screen == .finalCheck(selected: 0))
        wizard.press(.escape)
        #expect(wizard.state.screen == .form)
        let help = wizard.screenLines.last ?? ""
        for binding in KeyBinding.all {
            #expect(help.contains("\(binding.controlName) \(binding.shortAction(Language.english.words))"), "\(help)")
        }
        #expect(help.terminalColumns <= 80)
    }

    @Test func altWithTheDigitIsTheFKey() {
        var wizard = WizardDriver(pack: SampleForms.applicantAndPassport)
        wizard.press(.alt("5"))
        #expect(wizard.state.screen == .review(selected: 0))
        wizard.press(.alt("2"))
        #expect(wizard.state.prefersControlKeys)
    }
}
