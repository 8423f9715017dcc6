import PropertyBased
import StayformCore
import StayformWizard
import Testing
import TestSupport

/// F8 switches the wizard between English and Bahasa Indonesia without losing anything: the
/// text being typed, its cursor, what Esc restores, the open box and the place in the form;
/// the findings are worked out again in the new language and the draft remembers it.
@Suite struct LanguageSwitchTests {
    /// A visit draft of the findings pack, on field 1.1 (the applicant's name).
    static func onTheName() -> WizardDriver {
        var wizard = WizardDriver(pack: WizardFindingsTests.pack)
        let visit = WizardFindingsTests.pack.categories.firstIndex { $0.id == "visit" } ?? 0
        wizard.press(contentsOf: Array(repeating: .down, count: visit) + [.enter])
        wizard.goTo("1.1")
        return wizard
    }

    @Test func theTextBeingTypedItsCursorAndTheDraftAreKept() {
        var wizard = Self.onTheName()
        wizard.type("MÜLL")
        wizard.press(.left)
        wizard.press(.function(8))
        #expect(wizard.state.language == "id")
        #expect(wizard.state.editor.text == "MÜLL")
        #expect(wizard.state.editor.cursor == 3)
        #expect(wizard.state.currentField?.code == "1.1")
        #expect(wizard.state.screen == .form)
        #expect(wizard.state.draft.values["applicant.full-name"] == "MÜLL")
        wizard.press(.end)
        wizard.type("ER Hans")
        wizard.press(.control("o"))
        #expect(wizard.state.language == "en")
        wizard.press(.alt("8"))
        #expect(wizard.state.language == "id")
        #expect(wizard.state.editor.text == "MÜLLER Hans")
        #expect(wizard.state.draft.values["applicant.full-name"] == "MÜLLER Hans")
        // Esc still undoes the edits made since the field got the focus, and brings them back.
        wizard.press(.escape)
        #expect(wizard.state.editor.text == "")
        wizard.press(.escape)
        #expect(wizard.state.editor.text == "MÜLLER Hans")
    }

    @Test func theDraftRemembersTheLanguageAndIsSaved() {
        var wizard = Self.onTheName()
        let before = wizard.effects.count
        wizard.press(.function(8))
        #expect(wizard.state.draft.language == .indonesian)
        #expect(wizard.effects.dropFirst(before).contains(.persist(.committed)))
        wizard.press(.function(8))
        #expect(wizard.state.draft.language == .english)
    }

    @Test func theStatusLineSaysSoInTheNewLanguage() {
        var wizard = Self.onTheName()
        wizard.press(.function(8))
        let status = wizard.screenLines[wizard.screenLines.count - 2]
        #expect(status.contains("Bahasa: Indonesia. F8 beralih ke English."))
        #expect(wizard.screenLines.last?.contains("F8 English") == true)
        wizard.press(.function(8))
        #expect(wizard.screenLines[wizard.screenLines.count - 2].contains("Language: English. F8 switches to Bahasa Indonesia."))
        wizard.press(.control("o"))
        #expect(wizard.state.message == "Bahasa: Indonesia. ^O beralih ke English.")
    }

    @Test func theFindingsAreWorkedOutAgainInTheNewLanguage() {
        var wizard = Self.onTheName()
        wizard.type("MÜLLER Hans")
        let english = wizard.state.findings.findings
        wizard.press(.function(8))
        #expect(wizard.state.engine.language == "id")
        let fresh = CrossCheckEngine(pack: WizardFindingsTests.pack, language: "id")
            .evaluateAll(draft: wizard.state.draft, today: wizard.state.today, attachments: wizard.state.attachmentFacts)
        #expect(wizard.state.findings.findings == fresh.findings)
        // The same findings by id: only their words change.
        #expect(wizard.state.findings.findings.map(\.id) == english.map(\.id))
        #expect(wizard.state.summary.blocking == fresh.findings.filter { $0.severity == .blocking }.count)
    }

    @Test func anOpenBoxStaysOpenWithWhatWasTypedInIt() {
        var wizard = WizardDriver(pack: SampleForms.withCategories)
        wizard.press(.enter)
        wizard.goTo("1.5")
        wizard.type("neth")
        guard case .chooser(let before) = wizard.state.overlay else {
            Issue.record("typing on a country field opens its list")
            return
        }
        wizard.press(.function(8))
        guard case .chooser(let after) = wizard.state.overlay else {
            Issue.record("F8 keeps the list open")
            return
        }
        #expect(after == before)
        #expect(wizard.screenLines.contains { $0.contains("Cari: neth") })
        wizard.press(.enter)
        #expect(wizard.state.draft.values["permit.nationality"] == "NLD")
    }

    @Test func aReadOnlyWizardSwitchesWithoutSaving() {
        var wizard = WizardDriver(pack: SampleForms.applicantAndPassport, readOnly: true)
        wizard.press(.function(8))
        #expect(wizard.state.language == "id")
        #expect(!wizard.effects.contains(.persist(.committed)))
    }

    /// The keys the property presses: moving, typing, choosing, boxes.
    static let keys: [Key] = WizardAgreementPropertyTests.keys + [
        .function(1), .function(2), .character("1"), .character("."), .character("2"), .left, .right, .home, .end,
        .control("w"), .character("e"), .character("d"),
    ]

    /// Switching at any point and back leaves every answer as it would have been.
    @Test func switchingAndBackChangesNoAnswer() async {
        await propertyCheck(
            count: 60, input: Gen.int(in: 0...10_000).array(of: 0...30), Gen.int(in: 0...100), Gen.int(in: 0...100)
        ) { presses, first, second in
            let keys = presses.map { Self.keys[$0 % Self.keys.count] }
            let switchAt = keys.isEmpty ? 0 : first % (keys.count + 1)
            let backAt = switchAt + (keys.count - switchAt == 0 ? 0 : second % (keys.count - switchAt + 1))
            var plain = WizardDriver(pack: WizardAgreementPropertyTests.pack, today: CrossCheckFixtures.today)
            var switched = plain
            plain.press(contentsOf: keys)
            switched.press(contentsOf: Array(keys[..<switchAt]) + [.function(8)])
            switched.press(contentsOf: Array(keys[switchAt..<backAt]) + [.function(8)])
            switched.press(contentsOf: Array(keys[backAt...]))
            #expect(switched.state.draft.values == plain.state.draft.values)
            #expect(switched.state.draft.restatements == plain.state.draft.restatements)
            #expect(switched.state.draft.position == plain.state.draft.position)
            #expect(switched.state.editor == plain.state.editor)
            #expect(switched.state.overlay == plain.state.overlay)
            #expect(switched.state.findings.findings == plain.state.findings.findings)
        }
    }
}
