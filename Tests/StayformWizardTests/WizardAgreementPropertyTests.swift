import PropertyBased
import StayformCore
import StayformWizard
import Testing
import TestSupport

/// Every indicator agrees, for random drafts and random keys: the wizard's findings are the
/// findings `stayform check` computes from scratch; its verdict is check's; the completion,
/// the missing-answer findings and the export's unanswered required fields count the same;
/// a section is marked ✓ exactly when nothing in it is missing, blocking or a warning.
@Suite struct WizardAgreementPropertyTests {
    /// The fixture pack, with every answer checked as the shipped pack does.
    static let pack: FormPack = {
        var pack = CrossCheckFixtures.pack
        pack.rules.append(CheckRule(
            id: "valid-answers", kind: .validAnswers, severity: .error, message: LocalizedText(english: "Correct it.")))
        return pack
    }()
    static let engine = CrossCheckEngine(pack: pack)

    /// Answers of every kind, right and wrong, that a field may get.
    static let answers = [
        "", "MÜLLER Hans", "1985-07-14", "2026-11-30", "05/03/1986", "today", "2031-03-09", "30", "90", "thirty",
        "voa", "visit", "exempt", "none", "one", "DEU", "M", "F", "yes", "no", "hans@example.org", "name@gmail",
        "+49 151 23456789", "0812", "C4JN12K57", "passport.pdf", "photo.png", "missing.pdf", "3171234567890001",
    ]
    static let keys: [Key] = [
        .enter, .tab, .tab, .tab, .backTab, .down, .up, .pageDown, .pageUp, .enter, .escape, .backspace, .function(3),
        .function(5), .character("a"), .character("1"), .character("0"), .character("/"), .character("@"),
        .character("y"), .character("n"), .character(" "), .character("."), .paste("2026-11-21"),
    ]

    static func draft(choices: [Int]) -> Draft {
        var draft = Draft(pack: pack)
        let fields = pack.allFields
        for (index, choice) in choices.enumerated() where index < fields.count {
            let field = fields[index]
            let answer = answers[choice % answers.count]
            guard !answer.isEmpty else { continue }
            draft.values[field.id] = answer
            if let document = field.document, choice % 3 != 0 {
                draft.attachments[document] = [Attachment(path: answer, size: 300, detectedType: "", sha256: "")]
            }
        }
        return draft
    }

    @Test func everyIndicatorAgreesWithCheckAndExport() async {
        await propertyCheck(
            count: 60, input: Gen.int(in: 0...10_000).array(of: 0...24), Gen.int(in: 0...10_000).array(of: 0...40)
        ) { choices, presses in
            var wizard = WizardDriver(pack: Self.pack, draft: Self.draft(choices: choices), today: CrossCheckFixtures.today)
            Self.expectAgreement(wizard.state, wizard.screenLines)
            // Continue the draft, then press the keys.
            for press in [0] + presses {
                wizard.press(Self.keys[press % Self.keys.count])
                Self.expectAgreement(wizard.state, wizard.screenLines)
            }
        }
    }

    static func expectAgreement(_ state: WizardState, _ screen: [String]) {
        let draft = state.draft
        let checked = engine.evaluateAll(draft: draft, today: state.today, attachments: state.attachmentFacts).findings
        // The wizard's findings, kept field by field, are check's.
        #expect(state.findings.findings == checked)
        let report = DraftFindings(path: "draft.json", formID: pack.id, edition: pack.edition, findings: checked)
        #expect(state.isReadyToFile == !report.hasBlocking)
        #expect(state.summary.blocking == report.count(of: .blocking))
        #expect(state.summary.warnings == report.count(of: .warning))
        // The completion counts what the missing-answer findings name, and what the export
        // lists as required without an answer.
        let missing = checked.filter { $0.ruleID == "required-fields" || $0.ruleID == "required-documents" }
        #expect(state.progress.missing == missing.count)
        #expect((state.progress.percentComplete == 100) == missing.isEmpty)
        #expect(state.progress == FormProgress(pack: pack, draft: draft))
        let export = ApplicationExport(
            pack: pack, draft: draft, findings: checked, today: state.today, attachments: state.attachmentFacts)
        #expect(export.sections.flatMap(\.fields).filter { $0.isRequired && $0.value == nil }.count == missing.count)
        // The sidebar says ✓ exactly for a section with nothing missing, blocking or warned.
        for (index, section) in pack.sections.enumerated() where screen.count > 2 + index {
            let row = Array(screen[2 + index])
            let title = section.title.resolved()
            guard row.count > 3, String(row[2...]).hasPrefix(" \(section.code) \(title.prefix(8))") else { return }
            let mark = row[1]

            let fieldIDs = Set(section.fields.map(\.id))
            let troubled = checked.contains { finding in
                finding.severity != .note
                    && finding.places.contains { if case .field(let id, _) = $0 { fieldIDs.contains(id) } else { false } }
            }
            let shown = state.progress.sections[index].isShown
            let clean = shown && state.progress.sections[index].isComplete && !troubled
            #expect((mark == "✓") == clean, "section \(section.code): \(mark), \(state.progress.sections[index])")
        }
    }
}
