import StayformCore
import StayformWizard
import Testing
import TestSupport

/// Watch mode in the pure wizard: a read-only wizard takes the drafts another stayform saves,
/// keeps its own place, and says whose draft it follows and when it last changed; a reopened
/// draft says when it was saved.
@Suite struct WizardFollowTests {
    let pack = SampleForms.applicantAndPassport
    let size = TerminalSize(columns: 80, rows: 24)

    private func statusBar(_ state: WizardState) -> String { Wizard.view(state).lines[size.rows - 2] }

    private func following(_ name: String = "ana.json", draft: Draft? = nil) -> WizardState {
        WizardState(
            pack: pack, draft: draft ?? Draft(pack: pack), size: size, today: WizardDriver.today, isReadOnly: true,
            savedAt: "10:00:00", following: name)
    }

    @Test func aSavedDraftReplacesTheAnswersButNotThePlaceAndTheStatusBarSaysWhen() {
        var state = following()
        #expect(statusBar(state).contains("following ana.json, updated 10:00:00"))
        _ = Wizard.update(&state, with: .key(.pageDown))
        let focus = state.focus
        let position = state.draft.position
        let blockingBefore = state.summary.blocking

        var saved = Draft(pack: pack)
        saved.values["applicant.full-name"] = "Ana Lima"
        saved.position = DraftPosition(section: "applicant", field: "applicant.full-name")
        let effects = Wizard.update(&state, with: .draftChangedOnDisk(saved, attachments: [:], time: "10:00:05"))

        #expect(effects.isEmpty, "following writes nothing")
        #expect(state.draft.values["applicant.full-name"] == "Ana Lima")
        #expect(state.focus == focus, "the watcher stays where its user is")
        #expect(state.draft.position == position, "the editor's position is not taken over")
        #expect(state.summary.blocking < blockingBefore, "the checks ran again on the new answers")
        #expect(statusBar(state).contains("following ana.json, updated 10:00:05"))
    }

    @Test func theFocusedFieldShowsTheNewValue() {
        var state = following()
        var saved = Draft(pack: pack)
        saved.values["applicant.full-name"] = "Zed"
        _ = Wizard.update(&state, with: .draftChangedOnDisk(saved, attachments: [:], time: "10:01:00"))
        #expect(state.editor.text == "Zed")
        #expect(Wizard.view(state).lines.contains { $0.contains("Zed") })
    }

    @Test func theFollowedNameIsShownTerminalSafe() {
        let state = following("a\u{1B}[2Jb.json")
        #expect(statusBar(state).contains("following a␛[2Jb.json"))
        #expect(!statusBar(state).contains("\u{1B}"))
    }

    @Test func aReopenedUnchangedDraftSaysWhenItWasSaved() {
        var draft = Draft(pack: pack)
        draft.values["applicant.full-name"] = "Ana Lima"
        let reopened = WizardState(pack: pack, draft: draft, size: size, today: WizardDriver.today, savedAt: "09:30:12")
        #expect(statusBar(reopened).contains("saved 09:30:12"))
        let new = WizardState(pack: pack, draft: Draft(pack: pack), size: size, today: WizardDriver.today)
        #expect(statusBar(new).contains("not saved yet"))
    }
}
