import Foundation
import StayformCore
import Testing
import TestSupport

/// `ApplicationExport` built from the in-code sample pack: which fields and documents are
/// listed, their states, the deadline summary, and values as a person reads them.
@Suite struct ExportApplicationTests {
    static let pack = CrossCheckFixtures.pack
    static let today = CrossCheckFixtures.today

    static func export(
        _ draft: Draft = CrossCheckFixtures.cleanDraft, pack: FormPack = pack, today: CalendarDate = today,
        files: [String: AttachmentFacts] = CrossCheckFixtures.files
    ) -> ApplicationExport {
        let findings = CrossCheckEngine(pack: pack).evaluateAll(draft: draft, today: today, attachments: files)
        return ApplicationExport(pack: pack, draft: draft, findings: findings.findings, today: today, attachments: files)
    }

    static func draft(category: String, removing removed: [String] = []) -> Draft {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["permit.category"] = category
        for id in removed { draft.values[id] = nil }
        return draft
    }

    static let choice = FormField(
        id: "c", code: "1", label: LocalizedText(english: "C"), type: .singleChoice,
        options: [ChoiceOption(value: "hotel", label: LocalizedText(["en": "Hotel", "id": "Hotel (ID)"]))])
    static let multiple = FormField(
        id: "m", code: "2", label: LocalizedText(english: "M"), type: .multipleChoice,
        options: [
            ChoiceOption(value: "ticket", label: LocalizedText(english: "Onward ticket")),
            ChoiceOption(value: "bank", label: LocalizedText(english: "Bank statement")),
        ])
    static func typed(_ type: FieldType) -> FormField {
        FormField(id: "f", code: "3", label: LocalizedText(english: "F"), type: type)
    }

    @Test(arguments: [
        (typed(.date), "2026-03-05", "en", "2026-03-05 (05 Mar 2026)"),
        (typed(.date), "5 March", "en", "5 March"),
        (choice, "hotel", "en", "Hotel"),
        (choice, "hotel", "id", "Hotel (ID)"),
        (choice, "villa", "en", "villa"),
        (multiple, "bank,ticket", "en", "Bank statement; Onward ticket"),
        (multiple, "ticket,other", "en", "Onward ticket; other"),
        (typed(.yesNo), "yes", "en", "yes"),
        (typed(.yesNo), "n", "en", "no"),
        (typed(.country), "IDN", "en", "IDN (Indonesia)"),
        (typed(.country), "XXX", "en", "XXX"),
        (typed(.personName), "MÜLLER Hans", "en", "MÜLLER Hans"),
    ])
    func valuesReadAsAPersonReadsThem(field: FormField, value: String, language: String, expected: String) {
        var pack = Self.pack
        pack.countries = [Country(code: "IDN", name: "Indonesia")]
        #expect(field.exportValue(of: value, in: pack, language: language) == expected)
    }

    /// Sections in pack order; a section or attachment field outside the category left out; an
    /// unanswered field listed as missing, said to be required when it is (the clean draft
    /// leaves the MRZ, 2.1, empty).
    @Test(arguments: [
        ("voa", [String](), ["1", "2", "3", "5"], ["5.1", "5.2", "5.3"], ["2.1"]),
        ("visit", [], ["1", "2", "3", "4", "5"], ["5.1", "5.2", "5.3", "5.4"], ["2.1", "4.1", "4.2", "4.3", "4.4", "5.4"]),
        ("voa", ["passport.number", "applicant.phone"], ["1", "2", "3", "5"], ["5.1", "5.2", "5.3"], ["1.6", "2.1", "2.2"]),
    ])
    func sectionsAndFieldsThatApply(
        category: String, removed: [String], sections: [String], documentFields: [String], missing: [String]
    ) {
        let export = Self.export(Self.draft(category: category, removing: removed))
        #expect(export.sections.map(\.code) == sections)
        #expect(export.sections.last?.fields.map(\.code) == documentFields)
        let fields = export.sections.flatMap(\.fields)
        #expect(fields.filter { $0.value == nil }.map(\.code) == missing)
        #expect(fields.first { $0.code == "2.2" }?.isRequired == true)
        #expect(fields.first { $0.code == "1.6" }?.isRequired == false)
    }

    @Test func attachedDocumentOutsideTheCategoryIsListed() {
        var draft = CrossCheckFixtures.cleanDraft
        draft.attachments["guarantee-letter"] = [Attachment(path: "letter.pdf", size: 10, detectedType: "application/pdf", sha256: "")]
        var files = CrossCheckFixtures.files
        files["letter.pdf"] = AttachmentFacts(isReadable: true, size: 10, kind: .pdf)
        let export = Self.export(draft, files: files)
        #expect(export.documents.map(\.id) == ["passport", "current-permit", "photo", "guarantee-letter"])
        #expect(export.documents.last?.need == .attached)
        #expect(export.sections.last?.fields.last?.value == "letter.pdf")
    }

    /// The photo's state as its file changes: read and fine, missing, unreadable, too large.
    @Test(arguments: [
        ("fine", ExportedDocument.State.attached, 0),
        ("missing", .missing, 0),
        ("unreadable", .attachedWithProblem, 1),
        ("too large", .attachedWithProblem, 1),
    ])
    func documentStates(change: String, expected: ExportedDocument.State, problems: Int) throws {
        var draft = CrossCheckFixtures.cleanDraft
        var files = CrossCheckFixtures.files
        switch change {
        case "missing": draft.attachments["photo"] = nil
        case "unreadable": files["photo.png"] = .unreadable("no such file")
        case "too large": files["photo.png"]?.size = 5000
        default: break
        }
        let photo = try #require(Self.export(draft, files: files).documents.first { $0.id == "photo" })
        #expect(photo.need == .required)
        #expect(photo.state == expected)
        #expect(photo.problems.count == problems)
        if change == "unreadable" { #expect(photo.files.first?.problem == "no such file") }
        if change == "fine" {
            #expect(photo.files == [ExportedFile(path: "photo.png", type: "png", size: 900, pixelSize: PixelSize(width: 400, height: 600), problem: nil)])
        }
    }

    /// How the current permit restates each fact another document is the source of: the
    /// permit's own expiry (its source is the permit) is not listed.
    @Test(arguments: [
        (nil as Restatement?, ExportedRestatement.State.notChecked, nil as String?),
        (.matches("C4JN12K57"), .matches, nil),
        (.matches("C4JN12K5"), .toConfirmAgain, "C4JN12K5"),
        (.differs("C4JN12K75"), .differs, "C4JN12K75"),
    ])
    func restatementStates(restatement: Restatement?, expected: ExportedRestatement.State, printed: String?) throws {
        var pack = Self.pack
        let index = try #require(pack.documents.firstIndex { $0.id == "current-permit" })
        pack.documents[index].shows = ["passport.number", "permit.expiry-date"]
        var draft = CrossCheckFixtures.cleanDraft
        draft.restatements["current-permit"] = restatement.map { ["passport.number": $0] }
        let permit = try #require(Self.export(draft, pack: pack).documents.first { $0.id == "current-permit" })
        #expect(permit.restatements == [
            ExportedRestatement(fieldID: "passport.number", code: "2.2", label: "Passport number", state: expected, printed: printed),
        ])
    }

    /// Expiry Monday 30 Nov 2026: the window opens 16 Nov and closes Friday 27 Nov; expiry
    /// Monday 28 Dec with the 24th and 25th off closes on Wednesday 23 Dec.
    @Test(arguments: [
        ("2026-11-30", "2026-11-10", 20, "2026-11-16", "2026-11-27", FilingWindowStatus.notYetOpen(daysUntilOpen: 6), OverstayEstimate.none),
        ("2026-11-30", "2026-11-21", 9, "2026-11-16", "2026-11-27", .open(daysLeft: 6), OverstayEstimate.none),
        ("2026-11-30", "2026-11-28", 2, "2026-11-16", "2026-11-27", .closedNotExpired(daysUntilExpiry: 2), OverstayEstimate.none),
        ("2026-11-30", "2026-12-03", -3, "2026-11-16", "2026-11-27", .expired(daysOverstayed: 3), .charge(days: 3, total: 3_000_000)),
        ("2026-11-30", "2027-01-29", -60, "2026-11-16", "2026-11-27", .expired(daysOverstayed: 60), .charge(days: 60, total: 60_000_000)),
        ("2026-11-30", "2027-01-30", -61, "2026-11-16", "2026-11-27", .expired(daysOverstayed: 61), .deportation(days: 61)),
        ("2026-12-28", "2026-12-23", 5, "2026-12-14", "2026-12-23", .open(daysLeft: 0), OverstayEstimate.none),
    ])
    func deadlineSummary(
        expiry: String, today: String, daysLeft: Int, opens: String, closes: String, status: FilingWindowStatus,
        overstay: OverstayEstimate
    ) throws {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["permit.expiry-date"] = expiry
        let day = try #require(CalendarDate(iso8601: today))
        let deadline = try #require(Self.export(draft, today: day).deadline)
        #expect(deadline.expiry?.iso8601 == expiry)
        #expect(deadline.daysUntilExpiry == daysLeft)
        #expect(deadline.windowOpens?.iso8601 == opens)
        #expect(deadline.windowCloses?.iso8601 == closes)
        #expect(deadline.status == status)
        #expect(deadline.overstay == overstay)
    }

    @Test func deadlineFiguresCarryTheirSourceAndConfidence() throws {
        let deadline = try #require(Self.export().deadline)
        let opens = try #require(deadline.figures.first { $0.id == "window-opens" })
        #expect(opens.value == "14 days")
        #expect(opens.confidence == .unverified)
        #expect(opens.source == "test")
        #expect(deadline.figures.first { $0.id == "deportation-after" }?.confidence == .confirmed)
        #expect(Set(deadline.figures.map(\.id)) == ["window-opens", "window-closes", "advised-days", "overstay-charge", "deportation-after"])
    }

    @Test func noExpiryAnsweredGivesASummaryWithoutDates() throws {
        let deadline = try #require(Self.export(Self.draft(category: "voa", removing: ["permit.expiry-date"])).deadline)
        #expect(deadline.expiry == nil)
        #expect(deadline.status == nil)
        #expect(deadline.overstay == nil)
        var pack = Self.pack
        pack.rules.removeAll { [.filingWindow, .daysToExpiry, .expiredPermit].contains($0.kind) }
        #expect(Self.export(pack: pack).deadline == nil)
    }
}
