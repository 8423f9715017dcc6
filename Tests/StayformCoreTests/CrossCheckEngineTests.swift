import StayformCore
import Testing
import TestSupport

/// The engine over the fixture pack: one table per rule kind, each row a change to a clean
/// draft and the findings it must produce (by id and severity), or none.
@Suite struct CrossCheckEngineTests {
    let engine = CrossCheckEngine(pack: CrossCheckFixtures.pack)

    func run(
        today: CalendarDate = CrossCheckFixtures.today, files: [String: AttachmentFacts] = CrossCheckFixtures.files,
        _ edit: (inout Draft) -> Void = { _ in }
    ) -> [Finding] {
        var draft = CrossCheckFixtures.cleanDraft
        edit(&draft)
        return engine.evaluateAll(draft: draft, today: today, attachments: files).findings
    }

    /// The findings other than the status notes every draft gets (days left, window open).
    func problems(
        today: CalendarDate = CrossCheckFixtures.today, files: [String: AttachmentFacts] = CrossCheckFixtures.files,
        _ edit: (inout Draft) -> Void = { _ in }
    ) -> [Finding] {
        run(today: today, files: files, edit).filter { !["days-left", "window"].contains($0.ruleID) || $0.severity != .note }
    }

    @Test func cleanDraftHasOnlyStatusNotes() {
        let findings = run()
        #expect(findings.map(\.id) == ["window.permit.expiry-date", "days-left.permit.expiry-date"])
        #expect(findings.allSatisfy { $0.severity == .note })
    }

    // MARK: Same value

    @Test(arguments: [
        ("MÜLLER Hans", "MÜLLER Hans", nil),
        ("MÜLLER Hans", "müller  hans", nil),
        ("MÜLLER Hans", "MUELLER HANS", FindingSeverity.note),
        ("MÜLLER Hans", "Hans Müller", .note),
        ("MÜLLER Hans", "MULLER Hans", .warning),
        ("MULLER Hans", "MILLER Hans", .blocking),
        ("JEAN-LUC Picard", "Jean Luc PICARD", nil),
        ("SCHMIDT Anna", "SCHMIDT/ANNA MS", .note),
        ("SCHMIDT Anna", "SCHMIDT, ANNA", nil),
        ("SCHMIDT Anna", "MR ANNA SCHMIDT", .note),
        ("SCHMIDT Anna Maria", "SCHMIDT<<ANNA<MARIA", nil),
        ("SCHMIDT Anna", "SCHMIDT/ANNE MS", .blocking),
    ] as [(String, String, FindingSeverity?)])
    func personNameRestatedOnALetter(passport: String, letter: String, expected: FindingSeverity?) {
        let findings = problems { draft in
            draft.values["applicant.full-name"] = passport
            draft.restatements["guarantee-letter"] = ["applicant.full-name": .differs(letter)]
        }
        #expect(findings.map(\.severity) == (expected.map { [$0] } ?? []))
        if let finding = findings.first {
            #expect(finding.id == "name.guarantee-letter.applicant.full-name")
            #expect(finding.expected == passport && finding.found == letter)
            #expect(finding.places == [.field(id: "applicant.full-name", code: "1.1"), .document(id: "guarantee-letter", label: "Guarantee letter")])
            // A note's advice says nothing needs changing; the rule's message is for a difference.
            #expect(finding.advice.hasPrefix("Nothing to change") == (finding.severity == .note))
            #expect(finding.advice == "Advice for name." || finding.severity == .note)
        }
    }

    @Test(arguments: [
        ("X1234567", "X1234567", nil, nil),
        ("X1234567", "x 1234-567", nil, nil),
        ("XO123456", "X0123456", FindingSeverity.blocking, "character 2 is O on the passport but 0 here"),
        ("X1234567", "XI234567", .blocking, "character 2 is 1 on the passport but I here"),
        ("X1234567", "Y7654321", .blocking, "different passport numbers"),
    ] as [(String, String, FindingSeverity?, String?)])
    func passportNumberOnThePermitField(passport: String, permit: String, expected: FindingSeverity?, detail: String?) {
        let findings = problems { draft in
            draft.values["passport.number"] = passport
            draft.values["permit.passport-number"] = permit
        }
        #expect(findings.map(\.severity) == (expected.map { [$0] } ?? []))
        #expect(findings.first?.id == (expected == nil ? nil : "passport-number.permit.passport-number"))
        if let detail { #expect(findings.first?.detail.contains(detail) == true) }
    }

    @Test(arguments: [
        ("1985-07-14", "1985-07-14", nil),
        ("1985-07-14", "14 July 1985", nil),
        ("1985-03-05", "05/03/1985", nil),
        ("1985-03-05", "1985-05-03", "day and month are swapped"),
        ("1985-07-14", "1985-07-16", "2 days apart"),
        ("1985-07-14", "sometime", "is not a date"),
    ] as [(String, String, String?)])
    func birthDateRestatedOnThePermit(typed: String, printed: String, detail: String?) {
        let findings = problems { draft in
            draft.values["applicant.birth-date"] = typed
            draft.restatements["current-permit"] = ["applicant.birth-date": .differs(printed)]
        }
        #expect(findings.count == (detail == nil ? 0 : 1))
        if let detail {
            #expect(findings.first?.severity == .blocking)
            #expect(findings.first?.detail.contains(detail) == true)
        }
    }

    @Test(arguments: [
        ("5171031508850002", "5171 0315 0885 0002", nil),
        ("5171031508850002", "5171031508850020", "digits 15 and 16 are swapped"),
        ("5171031508850002", "5171031508850003", "position 16"),
        ("5171031508850002", "517103150885000", "15 digits instead of 16"),
        ("5171031508850002", "51710315O8850002", "not a digit at position 9"),
    ] as [(String, String, String?)])
    func sponsorNIKRestatedOnTheLetter(ktp: String, letter: String, detail: String?) {
        let findings = problems { draft in
            draft.values["permit.category"] = "visit"
            draft.values["sponsor.name"] = "I Wayan SUDARSANA"
            draft.values["sponsor.nik"] = ktp
            draft.restatements["guarantee-letter"] = ["sponsor.nik": .differs(letter)]
            draft.attachments["guarantee-letter"] = draft.attachments["passport"]
        }.filter { $0.ruleID == "sponsor-nik" }
        #expect(findings.count == (detail == nil ? 0 : 1))
        if let detail { #expect(findings.first?.detail.contains(detail) == true) }
    }

    @Test(arguments: [
        ("MÜLLER Hans", nil),
        ("MULLER Hans", FindingSeverity.warning),
    ] as [(String, FindingSeverity?)])
    func confirmationIsVoidedWhenTheFactChanges(confirmedAgainst: String, expected: FindingSeverity?) {
        let findings = problems { draft in
            draft.restatements["current-permit"] = ["applicant.full-name": .matches(confirmedAgainst)]
        }
        #expect(findings.map(\.severity) == (expected.map { [$0] } ?? []))
        #expect(findings.first?.id == (expected == nil ? nil : "name.current-permit.applicant.full-name"))
    }

    @Test func ruleConditionSwitchesASameValueRuleOff() {
        let restated: (inout Draft) -> Void = { draft in
            draft.values["sponsor.name"] = "I Wayan SUDARSANA"
            draft.restatements["guarantee-letter"] = ["sponsor.name": .differs("I Wayan SUDARMA")]
        }
        #expect(problems(restated).isEmpty)
        let visit = problems { draft in
            restated(&draft)
            draft.values["permit.category"] = "visit"
        }
        #expect(visit.map(\.id).contains("sponsor-name.guarantee-letter.sponsor.name"))
    }
}
