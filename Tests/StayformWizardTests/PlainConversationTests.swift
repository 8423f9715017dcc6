import StayformCore
import StayformWizard
import Testing
import TestSupport

/// Plain mode's prompt flow: questions as sentences, answers and commands one line at a time.
@Suite struct PlainConversationTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    func newTalk(_ draft: Draft? = nil) -> PlainConversation {
        let pack = SampleForms.withCategories
        return PlainConversation(pack: pack, draft: draft ?? Draft(pack: pack), today: Self.today, draftName: "ana.json")
    }

    @Test func aNewDraftIsAskedItsCategoryFirstWithNumberedChoices() {
        let talk = newTalk()
        #expect(talk.promptLines == [
            "1.1 Permit you hold (required).", "No answer yet.", "Choose 1–3, by number or by name.",
            "  1. Visa on Arrival", "  2. Visit visa", "  3. Visa-exempt entry",
        ])
    }

    /// With `language: "id"` every sentence is Indonesian, the pack's texts too; the commands
    /// and the stored values stay as they are, and `ya` answers yes.
    @Test func theConversationSpeaksIndonesian() {
        let pack = SampleForms.withCategories
        var talk = PlainConversation(pack: pack, draft: Draft(pack: pack), today: Self.today, draftName: "ana.json", language: "id")
        #expect(talk.opening.first == "stayform mode teks: Perpanjangan Bercabang, edisi 2026-test.")
        #expect(talk.promptLines == [
            "1.1 Izin yang Anda pegang (wajib).", "Belum ada jawaban.", "Pilih 1–3, dengan nomor atau nama.",
            "  1. Visa on Arrival (VoA)", "  2. Visa kunjungan", "  3. Masuk bebas visa",
        ])
        #expect(talk.respond(to: "kunjungan").lines.first == "Tersimpan 1.1: Visa kunjungan.")
        #expect(talk.draft.values["permit.category"] == "visit")
        _ = talk.respond(to: "2026-12-05")
        #expect(talk.promptLines.last == "Jawab ya atau tidak (yes/no).")
        _ = talk.respond(to: "ya")
        #expect(talk.draft.values["permit.agent"] == "yes")
        #expect(talk.respond(to: "go 9.9").lines == ["Tidak ada pertanyaan 9.9. Kode berbentuk 2.3; review menampilkannya."])
        #expect(talk.respond(to: "help").lines.contains { $0.hasPrefix("  quit: menyimpan dan keluar") })
    }

    @Test func aChoiceIsTakenByNumberOrByTheChoosersSearch() {
        var talk = newTalk()
        var reply = talk.respond(to: "2")
        #expect(reply.lines.first == "Stored 1.1: Visit visa.")
        #expect(reply.effects == [.save])
        #expect(talk.draft.values["permit.category"] == "visit")
        #expect(talk.currentFieldID == "permit.expiry")
        _ = talk.respond(to: "go 1.1")
        reply = talk.respond(to: "on arr")
        #expect(talk.draft.values["permit.category"] == "voa")
        reply = talk.respond(to: "go 1.1")
        reply = talk.respond(to: "zebra")
        #expect(reply.lines == ["No option of 1.1 matches \"zebra\". Type list to see them, or a number."])
        #expect(talk.draft.values["permit.category"] == "voa")
        #expect(talk.currentFieldID == "permit.category")
    }

    @Test func aPermitThatCannotBeExtendedIsSaidByTheEnginesFinding() {
        var talk = newTalk()
        let reply = talk.respond(to: "exempt")
        #expect(reply.lines.contains { $0.hasPrefix("New finding. Blocking: 1.1: Visa-exempt entry cannot be extended.")
            && $0.contains("Leave before it ends, or apply for a visa.") })
    }

    @Test func anEmptyLineKeepsTheCurrentAnswerAndMovesOn() {
        var draft = Draft(pack: SampleForms.withCategories)
        draft.values["permit.category"] = "voa"
        draft.values["permit.expiry"] = "2026-11-30"
        draft.position = DraftPosition(section: "permit", field: "permit.expiry")
        var talk = newTalk(draft)
        #expect(talk.promptLines.prefix(2) == ["1.2 Permit expires (required).", "Current answer: 2026-11-30  (30 Nov 2026)."])
        #expect(talk.promptLines.last == "Answer: a date, e.g. 5 Mar 2027 or 2027-03-05.")
        let reply = talk.respond(to: "")
        #expect(reply == PlainReply())
        #expect(talk.draft.values["permit.expiry"] == "2026-11-30")
        #expect(talk.currentFieldID == "permit.agent")
        #expect(talk.promptLines.last == "Answer yes or no.")
    }

    @Test func aFindingIsSaidWhenItAppearsAndWhenItGoes() {
        var talk = newTalk()
        _ = talk.respond(to: "1")
        let bad = talk.respond(to: "31 Feb 2027")
        #expect(bad.lines.contains { $0.hasPrefix("New finding. Blocking: 1.2: ") })
        #expect(talk.currentFieldID == "permit.agent")
        _ = talk.respond(to: "back")
        let good = talk.respond(to: "5 Mar 2027")
        #expect(good.lines.first == "Stored 1.2: 2027-03-05  (05 Mar 2027).")
        #expect(good.lines.contains { $0.hasPrefix("Resolved, no longer a finding. Blocking: 1.2: ") })
    }

    @Test func yesOrNoIsAskedAgainForAnythingElseAndYesAsksTheFollowUp() {
        var talk = newTalk()
        _ = talk.respond(to: "1")
        _ = talk.respond(to: "")
        let refused = talk.respond(to: "maybe")
        #expect(refused.lines == ["1.3 takes yes or no; \"maybe\" is neither. Type yes or no."])
        _ = talk.respond(to: "Y")
        #expect(talk.currentFieldID == "permit.agent-name")
    }

    @Test func helpListsEveryCommandAndTheFieldsHelp() {
        var talk = newTalk()
        let lines = talk.respond(to: "help").lines
        for command in PlainConversation.commandHelp(Language.english.words).map(\.command) {
            #expect(lines.contains { $0.hasPrefix("  \(command): ") }, "help lists \(command)")
        }
    }

    @Test func goRefusesAQuestionNotAskedAndReachesOneThatIs() {
        var talk = newTalk()
        _ = talk.respond(to: "1")
        #expect(talk.respond(to: "go 2.1").lines == ["2.1 is not asked for this application, given your answers so far."])
        #expect(talk.respond(to: "go 9.9").lines.first?.hasPrefix("There is no question 9.9.") == true)
        _ = talk.respond(to: "go 1.5")
        #expect(talk.currentFieldID == "permit.nationality")
        _ = talk.respond(to: "indo")
        #expect(talk.draft.values["permit.nationality"] == "IDN")
        #expect(talk.draft.position?.field == "final.agree")
    }

    @Test func checkGivesTheVerdictAndCountsOfStayformCheck() {
        var talk = newTalk()
        _ = talk.respond(to: "1")
        let lines = talk.respond(to: "check").lines
        let blocking = talk.findings.findings(of: .blocking).count
        #expect(blocking > 0)
        #expect(lines.contains("  \(blocking) blocking, 0 warnings, 0 notes"))
        #expect(lines.last == "Verdict: Not ready to file. \(blocking) blocking findings to fix first.")
        #expect(talk.statusLines.first?.hasSuffix("Not ready to file.") == true)
    }

    @Test func aReadOnlyDraftTakesNoAnswerAndAsksForNoSave() {
        var draft = Draft(pack: SampleForms.withCategories)
        draft.values["permit.category"] = "voa"
        var talk = PlainConversation(
            pack: SampleForms.withCategories, draft: draft, today: Self.today, draftName: "ana.json", isReadOnly: true)
        #expect(talk.opening.contains { $0.hasPrefix("Read-only: ") })
        let reply = talk.respond(to: "2")
        #expect(reply.effects.isEmpty)
        #expect(reply.lines.first?.hasPrefix("Read-only: nothing is changed.") == true)
        #expect(talk.draft.values == ["permit.category": "voa"])
        #expect(talk.statusLines.first?.hasPrefix("Read-only, not saved.") == true)
    }

    @Test func quitAsksTheRunnerToSaveAndLeave() {
        var talk = newTalk()
        #expect(talk.respond(to: "quit").effects == [.quit])
    }

    @Test func anAnswerCanBeACommandWordAfterAnEqualsSign() {
        var talk = newTalk()
        _ = talk.respond(to: "2")
        _ = talk.respond(to: "go 2.1")
        _ = talk.respond(to: "= Back")
        #expect(talk.draft.values["sponsor.name"] == "Back")
    }

    @Test func nothingTypedOrStoredReachesTheOutputAsAControlCharacter() {
        var talk = newTalk()
        _ = talk.respond(to: "2")
        _ = talk.respond(to: "go 2.1")
        let reply = talk.respond(to: "evil\u{1B}[2J\u{9B}\u{202E}name")
        let output = (reply.lines + talk.respond(to: "review").lines).joined()
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
        #expect(output.contains("evil␛[2J"))
    }
}
