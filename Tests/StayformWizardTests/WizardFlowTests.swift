import StayformCore
import StayformWizard
import Testing
import TestSupport

/// The wizard's pages and field kinds: start, categories, choices, dates, conditions, review.
@Suite struct WizardFlowTests {
    let pack = SampleForms.withCategories

    @Test func aNewDraftStartsByAskingForThePermitCategory() {
        var wizard = WizardDriver(pack: pack)
        #expect(wizard.state.screen == .start(StartPage(step: .category)))
        #expect(wizard.screenLines.joined().contains("Which permit do you hold now?"))
        wizard.press(.down)
        #expect(wizard.screenLines.joined().contains("Extends by 60 days at a time."))
        wizard.press(.enter)
        #expect(wizard.state.screen == .form)
        #expect(wizard.state.draft.values["permit.category"] == "visit")
        #expect(wizard.effects.contains(.persist(.committed)))
    }

    @Test func visaExemptEntryStopsAndExplains() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.down, .down, .enter)
        #expect(wizard.state.screen == .stopped(categoryID: "exempt"))
        let text = wizard.screenLines.joined(separator: " ")
        #expect(text.contains("cannot be extended"))
        #expect(text.contains("Leave before it ends"))
        wizard.press(.escape)
        #expect(wizard.state.screen == .start(StartPage(step: .category, highlighted: 2)))
        #expect(wizard.state.draft.values["permit.category"] == nil)
    }

    @Test func anExistingDraftOffersToContinueOrStartOver() {
        var draft = Draft(pack: pack)
        draft.values["permit.category"] = "voa"
        draft.values["permit.expiry"] = "2026-12-01"
        draft.position = DraftPosition(section: "permit", field: "permit.expiry")
        var wizard = WizardDriver(pack: pack, draft: draft)
        #expect(wizard.screenLines.joined().contains("Continue where you left off: 1.2 Permit expires"))
        wizard.press(.enter)
        #expect(wizard.state.currentField?.id == "permit.expiry")

        var startingOver = WizardDriver(pack: pack, draft: draft)
        startingOver.press(.down, .enter)
        #expect(startingOver.state.screen == .start(StartPage(step: .confirmStartOver)))
        startingOver.press(.enter)  // "No, keep my answers" is first
        #expect(startingOver.state.draft.values.count == 2)
        startingOver.press(.down, .enter, .down, .enter)
        #expect(startingOver.state.draft.values.isEmpty)
        #expect(startingOver.state.screen == .start(StartPage(step: .category)))
    }

    @Test func aChoiceIsPickedFromAListNarrowedByTyping() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.enter)  // Visa on Arrival
        wizard.send(.key(.function(2)))
        wizard.type("1.5")
        wizard.press(.enter)
        #expect(wizard.state.currentField?.id == "permit.nationality")
        wizard.type("NETH")
        guard case .chooser(let chooser) = wizard.state.overlay else {
            Issue.record("typing on a choice field should open the list")
            return
        }
        #expect(chooser.matches.map(\.value) == ["NLD"])
        wizard.press(.enter)
        #expect(wizard.state.draft.values["permit.nationality"] == "NLD")
        #expect(wizard.state.overlay == nil)
    }

    @Test func diacriticsAndCaseDoNotMatterWhenSearching() {
        var chooser = Chooser(
            fieldID: "x", options: [ChoiceOption(value: "VNM", label: LocalizedText(english: "Việt Nam"))], isMultiple: false)
        var filter = chooser.filter
        filter.insert("viet")
        chooser.setFilter(filter)
        #expect(chooser.matches.count == 1)
    }

    @Test func escapeClosesTheListWithoutChanging() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.enter, .function(2))
        wizard.type("1.5")
        wizard.press(.enter, .enter, .down, .escape)
        #expect(wizard.state.overlay == nil)
        #expect(wizard.state.draft.values["permit.nationality"] == nil)
    }

    @Test func datesAreStoredUnambiguouslyAndDoubtfulOnesAreQuestioned() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.enter, .tab)
        #expect(wizard.state.currentField?.id == "permit.expiry")
        wizard.type("5 Mar 2027")
        wizard.press(.tab)
        #expect(wizard.state.draft.values["permit.expiry"] == "2027-03-05")
        wizard.press(.backTab)
        wizard.press(.control("u"))
        wizard.type("05/03/2027")
        wizard.press(.tab)
        #expect(wizard.state.draft.values["permit.expiry"] == "05/03/2027")
        #expect(wizard.state.message?.contains("could be 05 Mar 2027 or 03 May 2027") == true)
        #expect(wizard.state.findings.findings(atField: "permit.expiry").map(\.ruleID) == ["valid-answers"])
        #expect(!wizard.state.isReadyToFile)
        // F1 on the field reads the finding, and 2 keeps the month-first reading in the draft.
        wizard.press(.backTab, .function(1))
        #expect(wizard.screenLines.joined(separator: " ").contains("Which day did you mean? Press 1 for 05 Mar 2027"))
        wizard.press(.character("2"))
        #expect(wizard.state.draft.values["permit.expiry"] == "2027-05-03")
        #expect(wizard.state.overlay == nil)
        #expect(wizard.state.findings.findings(atField: "permit.expiry").isEmpty)
    }

    @Test func aDraftThatCannotBeExtendedIsNeverCompleteOrReady() {
        var draft = Draft(pack: pack)
        draft.values["permit.category"] = "exempt"
        let wizard = WizardDriver(pack: pack, draft: draft)
        #expect(wizard.state.startChoices(for: StartPage(step: .resume)).first?.contains("this permit cannot be extended") == true)
        #expect(!wizard.state.isReadyToFile)
    }

    @Test func conditionalFieldsAppearWithTheAnswer() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.enter, .tab, .tab)
        #expect(wizard.state.currentField?.id == "permit.agent")
        wizard.type("n")
        wizard.press(.tab)
        #expect(wizard.state.currentField?.id == "permit.nationality")
        #expect(!wizard.screenLines.joined().contains("Agent's name"))
        wizard.press(.backTab, .character("y"))
        #expect(wizard.screenLines.joined().contains("Agent's name"))
        wizard.press(.tab)
        #expect(wizard.state.currentField?.id == "permit.agent-name")
    }

    @Test func sectionsThatDoNotApplyAreSkipped() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.enter)  // Visa on Arrival: no sponsor section
        wizard.press(.pageDown)
        #expect(wizard.state.currentSection.id == "final")
        var visit = WizardDriver(pack: pack)
        visit.press(.down, .enter, .pageDown)
        #expect(visit.state.currentSection.id == "sponsor")
    }

    @Test func goToAnUnknownOrHiddenCodeExplains() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.enter, .function(2))
        wizard.type("9.9")
        wizard.press(.enter)
        #expect(wizard.state.message?.contains("There is no field 9.9") == true)
        wizard.press(.function(2))
        wizard.type("2.1")
        wizard.press(.enter)
        #expect(wizard.state.message?.contains("does not apply") == true)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.enter, .tab, .function(1))
        #expect(wizard.state.overlay == .help)
        #expect(wizard.screenLines.joined().contains("1.2 Permit expires"))
        wizard.press(.character("x"))
        #expect(wizard.state.overlay == nil)
        #expect(wizard.state.draft.values["permit.expiry"] == nil)
    }

    @Test func reviewMarksGoStaleWhenTheValueChanges() {
        var wizard = WizardDriver(pack: pack)
        wizard.press(.enter, .tab)
        wizard.type("2027-01-02")
        wizard.press(.function(5))
        #expect(wizard.state.screen == .review(selected: 0))
        wizard.press(.down, .character(" "))
        #expect(wizard.state.draft.isReviewed("permit.expiry"))
        wizard.press(.up, .down, .enter)
        #expect(wizard.state.currentField?.id == "permit.expiry")
        wizard.press(.backspace)
        wizard.type("3")
        wizard.press(.tab)
        #expect(!wizard.state.draft.isReviewed("permit.expiry"))
    }

    @Test func privacyMaskHidesIdentityNumbersOnScreenNotInTheDraft() {
        let pack = SampleForms.applicantAndPassport
        var draft = Draft(pack: pack)
        draft.values["passport.number"] = "X1234567"
        var wizard = WizardDriver(pack: pack, draft: draft)
        wizard.press(.enter, .pageDown, .tab)
        #expect(wizard.screenLines.joined().contains("X1234567"))
        wizard.press(.function(6))
        #expect(!wizard.screenLines.joined().contains("X1234567"))
        #expect(wizard.state.draft.values["passport.number"] == "X1234567")
        wizard.press(.function(6))
        #expect(wizard.screenLines.joined().contains("X1234567"))
    }

    @Test func readOnlyRefusesEditsButMoves() {
        let pack = SampleForms.applicantAndPassport
        var draft = Draft(pack: pack)
        draft.values["applicant.full-name"] = "Ana"
        var wizard = WizardDriver(pack: pack, draft: draft, readOnly: true)
        wizard.press(.enter)
        wizard.type("x")
        #expect(wizard.state.draft.values["applicant.full-name"] == "Ana")
        #expect(wizard.state.message?.contains("Read-only") == true)
        wizard.press(.tab)
        #expect(wizard.state.currentField?.id == "applicant.sex")
    }
}
