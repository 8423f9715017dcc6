import StayformCore
import StayformWizard
import Testing
import TestSupport

@Suite struct WizardUpdateTests {
    let pack = SampleForms.applicantAndPassport

    @Test func aNewDraftStartsOnTheFirstField() {
        let wizard = WizardDriver(pack: pack)
        #expect(wizard.state.currentField?.id == "applicant.full-name")
        #expect(wizard.state.draft.position == DraftPosition(section: "applicant", field: "applicant.full-name"))
    }

    @Test func typingGoesIntoTheDraftAtOnceAndAsksForASaveAfterAPause() {
        var wizard = WizardDriver(pack: pack)
        wizard.type("Müller Nguyễn 山田")
        #expect(wizard.state.draft.values["applicant.full-name"] == "Müller Nguyễn 山田")
        #expect(wizard.effects.allSatisfy { $0 == .persist(.typing) })
        #expect(!wizard.effects.isEmpty)
    }

    @Test func leavingAChangedFieldCommitsIt() {
        var wizard = WizardDriver(pack: pack)
        wizard.type("Ana")
        wizard.press(.tab)
        #expect(wizard.effects.last == .persist(.committed))
        #expect(wizard.state.currentField?.id == "applicant.sex")
        #expect(wizard.state.draft.position?.field == "applicant.sex")
    }

    @Test func tabAndShiftTabCrossSections() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.tab, .tab, .tab)
        #expect(wizard.state.currentField?.id == "passport.number")
        wizard.press(.backTab)
        #expect(wizard.state.currentField?.id == "applicant.date-of-birth")
        wizard.press(.up, .up, .up)
        #expect(wizard.state.currentField?.id == "applicant.full-name")
    }

    @Test func pageDownAndUpMoveBetweenSections() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.pageDown)
        #expect(wizard.state.currentSection.id == "passport")
        #expect(wizard.state.currentField?.id == "passport.number")
        wizard.press(.pageDown)
        #expect(wizard.state.currentSection.id == "review")
        #expect(wizard.state.currentField == nil)
        wizard.press(.pageDown)
        #expect(wizard.state.currentSection.id == "review")
        wizard.press(.pageUp, .pageUp)
        #expect(wizard.state.currentSection.id == "applicant")
    }

    @Test func escapeRestoresTheValueTheFieldHadWhenFocused() {
        var wizard = WizardDriver(pack: pack)
        wizard.type("Ana")
        wizard.press(.tab, .backTab)
        wizard.type(" Maria")
        #expect(wizard.state.draft.values["applicant.full-name"] == "Ana Maria")
        wizard.press(.escape)
        #expect(wizard.state.draft.values["applicant.full-name"] == "Ana")
        #expect(wizard.state.editor.text == "Ana")
        #expect(wizard.state.message == "1.1: your edits are undone. Press Esc again to bring them back.")
        #expect(wizard.screenLines.joined().contains("Press Esc again to bring them back"))
        wizard.press(.escape)
        #expect(wizard.state.draft.values["applicant.full-name"] == "Ana Maria")
        wizard.press(.tab)
        #expect(wizard.state.draft.values["applicant.full-name"] == "Ana Maria")
    }

    @Test func escOnNextStepsGoesBackToTheFormAsItsHintSays() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.function(3), .character("n"))
        #expect(wizard.state.screen == .nextSteps)
        #expect(wizard.screenLines.joined().contains("Esc back to the form"))
        wizard.press(.escape)
        #expect(wizard.state.screen == .form)
        wizard.press(.function(3), .character("n"), .enter)
        #expect(wizard.state.screen == .finalCheck(selected: 0))
    }

    @Test func clearingAFieldRemovesItsValue() {
        var draft = Draft(pack: pack)
        draft.values["applicant.full-name"] = "山"
        var wizard = WizardDriver(pack: pack, draft: draft)
        wizard.press(.enter, .backspace)
        #expect(wizard.state.draft.values["applicant.full-name"] == nil)
    }

    @Test func aDraftResumesAtItsSavedPosition() {
        var draft = Draft(pack: pack)
        draft.position = DraftPosition(section: "passport", field: "passport.expiry-date")
        let wizard = WizardDriver(pack: pack, draft: draft)
        #expect(wizard.state.currentField?.id == "passport.expiry-date")
    }

    @Test func aSavedPositionThatNoLongerExistsFallsBackToTheFirstField() {
        var draft = Draft(pack: pack)
        draft.position = DraftPosition(section: "gone", field: "gone.field")
        let wizard = WizardDriver(pack: pack, draft: draft)
        #expect(wizard.state.currentField?.id == "applicant.full-name")
    }

    @Test("Quit keys", arguments: [
        (Key.function(10), WizardEffect.quit(status: 0, savingFirst: true)),
        (Key.control("q"), WizardEffect.quit(status: 0, savingFirst: true)),
        (Key.control("c"), WizardEffect.quit(status: 130, savingFirst: true)),
    ])
    func quitKeys(key: Key, effect: WizardEffect) {
        var wizard = WizardDriver(pack: pack)
        wizard.press(key)
        #expect(wizard.effects == [effect])
    }

    @Test func aFailedSaveOnQuitOffersToRetryQuitWithoutSavingOrGoBack() {
        var wizard = WizardDriver(pack: pack)
        wizard.send(.saveFinished(.saved(time: "14:02:11")))
        wizard.type("Ana")
        wizard.send(.quitSaveFailed(reason: "the disk is full"))
        #expect(wizard.state.saveStatus == .failed(reason: "the disk is full"))
        #expect(wizard.state.overlay == .failedSave(FailedSave(reason: "the disk is full", lastSaved: "14:02:11")))
        wizard.send(.quitSaveFailed(reason: "the disk is still full"))
        #expect(wizard.state.overlay == .failedSave(FailedSave(reason: "the disk is still full", lastSaved: "14:02:11")))
        let screen = wizard.screenLines.joined(separator: "\n")
        #expect(screen.contains("F10  try to save again, then quit"))
        #expect(screen.contains("Q    quit without saving: the edits since"))
        #expect(screen.contains("14:02:11"))
        #expect(screen.contains("Esc  back to the form"))

        wizard.press(.function(10))
        #expect(wizard.effects.last == .quit(status: 0, savingFirst: true))
        wizard.press(.character("Q"))
        #expect(wizard.effects.last == .quit(status: 0, savingFirst: false))
    }

    @Test func strayKeysAfterAFailedSaveDoNothingAndEscGoesBack() {
        var wizard = WizardDriver(pack: pack)
        wizard.type("Ana")
        wizard.send(.quitSaveFailed(reason: "the disk is full"))
        #expect(wizard.screenLines.joined().contains("quit without saving: every edit since you"))
        let effectsBefore = wizard.effects
        wizard.press(.right, .character("x"), .enter)
        #expect(wizard.effects == effectsBefore)
        #expect(wizard.state.draft.values["applicant.full-name"] == "Ana")
        wizard.press(.escape)
        #expect(wizard.state.overlay == nil)
        #expect(wizard.state.message?.contains("Not saved yet") == true)
        wizard.press(.function(10))
        #expect(wizard.effects.last == .quit(status: 0, savingFirst: true))
    }

    @Test(arguments: [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 40, rows: 12)])
    func theFailedSaveChoicesFitTheScreen(size: TerminalSize) {
        var wizard = WizardDriver(pack: pack, size: size)
        wizard.send(.quitSaveFailed(reason: "the disk is full; free some space (errno 28, No space left on device)"))
        let lines = wizard.screenLines
        #expect(lines.allSatisfy { $0.terminalColumns <= size.columns })
        let screen = lines.joined(separator: "\n")
        for choice in ["F10", "Q ", "Esc"] { #expect(screen.contains(choice)) }
    }

    @Test func typingPastTheLimitIsRefusedWithAMessage() {
        var wizard = WizardDriver(pack: pack)
        wizard.type(String(repeating: "a", count: 45))
        #expect(wizard.state.draft.values["applicant.full-name"]?.count == 40)
        #expect(wizard.state.message?.contains("at most 40") == true)
    }

    @Test func pasteInsertsTextWithoutControlCharacters() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.paste("Ana\u{1B}[2J\nMaria"))
        #expect(wizard.state.draft.values["applicant.full-name"] == "Ana[2J Maria")
    }

    @Test func resizingKeepsEverything() {
        var wizard = WizardDriver(pack: pack)
        wizard.type("Ana")
        wizard.send(.resized(TerminalSize(columns: 20, rows: 5)))
        wizard.send(.resized(TerminalSize(columns: 80, rows: 24)))
        #expect(wizard.state.editor.text == "Ana")
        #expect(wizard.state.editor.cursor == 3)
    }
}
