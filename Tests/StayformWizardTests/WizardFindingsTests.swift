import StayformCore
import StayformWizard
import Testing
import TestSupport

/// Findings in the wizard: live as the user types, per document, in the final check.
@Suite struct WizardFindingsTests {
    /// The cross-check fixture pack, with a guarantee letter that restates the applicant's name.
    static var pack: FormPack {
        var pack = CrossCheckFixtures.pack
        if let index = pack.documents.firstIndex(where: { $0.id == "guarantee-letter" }) {
            pack.documents[index].shows = ["applicant.full-name"]
        }
        return pack
    }

    private func visitDraft() -> WizardDriver {
        var wizard = WizardDriver(pack: Self.pack)
        if case .start = wizard.state.screen {
            let index = Self.pack.categories.firstIndex { $0.id == "visit" } ?? 0
            for _ in 0..<index { wizard.press(.down) }
            wizard.press(.enter)
        }
        return wizard
    }

    @Test func aLetterNameThatDiffersAppearsWhileTypingAndGoesWhenCorrected() {
        var wizard = visitDraft()
        wizard.press(.function(2))
        wizard.type("1.1")
        wizard.press(.enter)
        wizard.type("MÜLLER Hans")
        wizard.press(.function(2))
        wizard.type("5.4")
        wizard.press(.enter)
        #expect(wizard.state.currentField?.id == "doc.letter")
        wizard.press(.enter)
        guard case .documentCheck = wizard.state.overlay else {
            Issue.record("Enter on a document should open its check")
            return
        }
        #expect(wizard.screenLines.joined().contains("Name: MÜLLER Hans"))
        wizard.type("MILLER")
        let blocking = wizard.state.findings.findings(of: .blocking).filter { $0.ruleID == "name" }
        #expect(blocking.count == 1)
        #expect(wizard.state.summary.blocking >= 1)
        wizard.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        wizard.type("ÜLLER HANS")
        #expect(wizard.state.findings.findings(of: .blocking).filter { $0.ruleID == "name" }.isEmpty)
        wizard.press(.enter, .escape)
        #expect(wizard.state.overlay == nil)
        #expect(wizard.state.draft.restatements["guarantee-letter"]?["applicant.full-name"] == .differs("MÜLLER HANS"))
    }

    @Test func confirmingAMatchAndChangingTheAnswerAsksToCheckAgain() {
        var wizard = visitDraft()
        wizard.press(.function(2))
        wizard.type("1.1")
        wizard.press(.enter)
        wizard.type("Ana Silva")
        wizard.press(.function(2))
        wizard.type("5.4")
        wizard.press(.enter, .enter, .character(" "))
        #expect(wizard.state.draft.restatements["guarantee-letter"]?["applicant.full-name"] == .matches("Ana Silva"))
        wizard.press(.escape, .function(2))
        wizard.type("1.1")
        wizard.press(.enter)
        wizard.type("x")
        #expect(wizard.state.findings.findings(of: .warning).contains { $0.ruleID == "name" })
    }

    @Test func theFinalCheckListsFindingsAndJumpsToTheirField() {
        var wizard = visitDraft()
        wizard.press(.function(2))
        wizard.type("2.2")
        wizard.press(.enter)
        wizard.type("X1234567")
        wizard.press(.function(2))
        wizard.type("3.2")
        wizard.press(.enter)
        wizard.type("X1234568")
        wizard.press(.tab, .function(3))
        guard case .finalCheck = wizard.state.screen else {
            Issue.record("F3 should open the final check")
            return
        }
        let text = wizard.screenLines.joined(separator: "\n")
        #expect(text.contains("Not ready"))
        let lines = wizard.state.finalCheckLines
        let target = lines.firstIndex { line in
            if case .finding(let finding) = line { return finding.isAboutField("permit.passport-number") }
            return false
        }
        #expect(target != nil)
        let number = lines[..<(target ?? 0)].filter { if case .finding = $0 { true } else { false } }.count
        for _ in 0..<number { wizard.press(.down) }
        // Enter reads the finding in full; Enter again goes to its field.
        wizard.press(.enter)
        guard case .findings(let detail) = wizard.state.overlay else {
            Issue.record("Enter should open the finding in full")
            return
        }
        #expect(wizard.state.findings(of: detail).first?.isAboutField("permit.passport-number") == true)
        #expect(wizard.screenLines.joined(separator: "\n").contains("What is wrong:"))
        wizard.press(.enter)
        #expect(wizard.state.screen == .form)
        #expect(wizard.state.currentField?.id == "permit.passport-number")
    }
}

extension Finding {
    func isAboutField(_ id: String) -> Bool {
        places.contains { if case .field(id, _) = $0 { true } else { false } }
    }
}
