import StayformCore
import StayformWizard
import Testing
import TestSupport

/// The privacy mask's one function and the helpdesk snapshot's text: what it holds, and what
/// it hides unless asked not to.
@Suite struct HelpdeskSnapshotTests {
    static let pack = PrivacyMaskPropertyTests.pack

    static var draft: Draft {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["permit.passport-number"] = "C4JN12K58"
        draft.restatements["current-permit", default: [:]]["passport.number"] = .differs("C8H3KL2F8")
        return draft
    }

    @Test func theMaskHidesAnswersTheirRestatementsAndWhatFindingsQuote() {
        let mask = PrivacyMask(pack: Self.pack, draft: Self.draft)
        #expect(mask.hide(#"the document says “C8H3KL2F8”, your answer “C4JN12K57”"#)
            == #"the document says “●●●●●●”, your answer “●●●●●●”"#)
        #expect(mask.hide("3.2 Passport number: C4JN12K58") == "3.2 Passport number: ●●●●●●")
        #expect(mask.hides(field: "permit.passport-number"))
        #expect(!mask.hides(field: "applicant.full-name"))
        #expect(mask.hide("MÜLLER Hans, 1985-07-14") == "MÜLLER Hans, 1985-07-14")
        #expect(PrivacyMask.none.hide("C4JN12K57") == "C4JN12K57")
    }

    @Test func theMaskLeavesShortValuesAlone() {
        var draft = Self.draft
        draft.values["passport.number"] = "C4J"
        draft.values["permit.passport-number"] = "C4J"
        draft.restatements = [:]
        #expect(PrivacyMask(pack: Self.pack, draft: draft).hide("C4JN section C4J") == "C4JN section C4J")
    }

    @Test func theSnapshotHoldsVersionPackPositionTerminalThemeAnswersAndFindingsInFull() {
        var wizard = WizardDriver(pack: Self.pack, draft: Self.draft, today: CrossCheckFixtures.today)
        wizard.press(.enter)
        wizard.goTo("2.2")
        let text = HelpdeskSnapshot(wizard.state, showingScreen: true, mask: .none).text(version: "9.8.7", theme: "dark")
        #expect(text.contains("stayform snapshot (stayform 9.8.7)"))
        #expect(text.contains("(pack \(Self.pack.id), edition \(Self.pack.edition))"))
        #expect(text.contains("Position: section 2, field 2.2"))
        #expect(text.contains("Terminal: 80×24"))
        #expect(text.contains("Theme: dark"))
        #expect(text.contains("Identifying numbers: shown"))
        #expect(text.contains("Screen:\n"))
        #expect(text.contains("2.2 passport.number: C4JN12K57"))
        #expect(text.contains("1.1 applicant.full-name: MÜLLER Hans"))
        // Every finding in full, as the finding detail shows it: expected, found, its id.
        let finding = wizard.state.findings.findings.first { $0.ruleID == "passport-number" }
        #expect(finding != nil)
        for line in finding?.fullText(width: 100, pack: Self.pack, language: "en", mask: .none) ?? [] {
            #expect(text.contains(line), "the snapshot lacks \(line)")
        }
        #expect(text.contains("Findings (\(wizard.state.findings.findings.count)):"))
    }

    /// After F8 the snapshot is written in Indonesian; ids, codes and values stay as they are.
    @Test func theSnapshotIsWrittenInTheLanguageShown() {
        var wizard = WizardDriver(pack: Self.pack, draft: Self.draft, today: CrossCheckFixtures.today)
        wizard.press(.enter)
        wizard.goTo("2.2")
        wizard.press(.function(8))
        let text = HelpdeskSnapshot(wizard.state, showingScreen: true, mask: .none).text(version: "9.8.7", theme: "dark")
        #expect(text.contains("cuplikan stayform (stayform 9.8.7)"))
        #expect(text.contains("Posisi: bagian 2, kolom 2.2"))
        #expect(text.contains("Tema: dark"))
        #expect(text.contains("Nomor identitas: ditampilkan"))
        #expect(text.contains("Layar:\n"))
        #expect(text.contains("2.2 passport.number: C4JN12K57"))
        #expect(text.contains("Temuan (\(wizard.state.findings.findings.count)):"))
        let finding = wizard.state.findings.findings.first { $0.ruleID == "passport-number" }
        for line in finding?.fullText(width: 100, pack: Self.pack, language: "id", mask: .none) ?? [] {
            #expect(text.contains(line), "the snapshot lacks \(line)")
        }
        #expect(text.contains("Id: \(finding?.id ?? "-")"))
    }

    @Test func aMaskedSnapshotWithoutTheWizardHidesEveryNumberAndHasNoScreen() {
        let state = WizardState(pack: Self.pack, draft: Self.draft, size: TerminalSize(columns: 80, rows: 24),
            today: CrossCheckFixtures.today)
        let mask = PrivacyMask(pack: Self.pack, draft: Self.draft, findings: state.findings.findings)
        let text = HelpdeskSnapshot(state, showingScreen: false, mask: mask).text(version: "1", theme: nil)
        for number in ["C4JN12K57", "C4JN12K58", "C8H3KL2F8"] { #expect(!text.contains(number), "\(number) shown") }
        #expect(text.contains("2.2 passport.number: ●●●●●● hidden (F6 shows it)"))
        #expect(text.contains("Identifying numbers: hidden"))
        #expect(text.contains("Terminal: none (written without the wizard)"))
        #expect(text.contains("Theme: none (written without the wizard)"))
        #expect(!text.contains("Screen:"))
    }

    @Test func theSnapshotMessageShowsTheWholePathShortenedFromTheMiddle() {
        var wizard = WizardDriver(pack: Self.pack, draft: Self.draft, today: CrossCheckFixtures.today)
        let path = "/home/ana-maria/.local/share/stayform/snapshots/2026-11-30T21-50-00Z.txt"
        wizard.send(.snapshotWritten(path: path))
        #expect(wizard.state.message == "Snapshot saved to /home/…/share/stayform/snapshots/2026-11-30T21-50-00Z.txt")
        #expect(wizard.screenLines.contains { $0.contains("2026-11-30T21-50-00Z.txt") })
        #expect("/a/b".shortenedInMiddle(toColumns: 10) == "/a/b")
        #expect(path.shortenedInMiddle(toColumns: 40) == "/home/…/2026-11-30T21-50-00Z.txt")
        #expect(path.shortenedInMiddle(toColumns: 12) == "…-50-00Z.txt")
    }
}
