import Foundation
import StayformCore
import Testing

@testable import StayformPersistence

/// The corrections of the domain brief ("Corrections and additions") hold in the shipped
/// Stay Permit Extension pack, edition 2026-12: one test per point.
@Suite struct FormPackCorrectionsTests {
    /// Whether the field `id` needs an answer given `values`, as the pack decides it.
    static func needsAnswer(_ id: String, given values: [String: String], in pack: FormPack) -> Bool? {
        var draft = Draft(pack: pack)
        draft.values = values
        return pack.field(id: id).map { pack.needsAnswer($0, in: draft) }
    }

    /// Whether the field `id` is asked given `values`, as the pack decides it.
    static func isAsked(_ id: String, given values: [String: String], in pack: FormPack) -> Bool? {
        var draft = Draft(pack: pack)
        draft.values = values
        return pack.field(id: id).map { pack.isAsked($0, in: draft) }
    }

    static func pack() throws -> FormPack {
        try FormPackLoader.validate(contentsOf: FormPackFixtures.formsDirectory
            .appendingPathComponent("stay-permit-extension.yaml")).get()
    }

    static func figure(_ id: String) throws -> Figure { try #require(try pack().figure(id: id)) }

    /// Every text of the pack a person reads: field labels and help (with filer wording),
    /// documents, categories, rule messages, figure notes and texts.
    static func allTexts(_ pack: FormPack) -> [String] {
        var texts = pack.allFields.flatMap { field in
            [field.label, field.help] + field.wordingByFiler.values.flatMap { [$0.label, $0.help].compactMap { $0 } }
                + field.options.map(\.label)
        }
        texts += pack.documents.flatMap { [$0.label, $0.help] }
        texts += pack.categories.flatMap { [$0.label, $0.help] }
        texts += pack.rules.map(\.message) + pack.figures.flatMap { [$0.label, $0.note] } + Array(pack.texts.values)
        return texts.map { $0.resolved() }
    }

    @Test func editionAndEveryFigureDated() throws {
        let pack = try Self.pack()
        #expect(pack.edition == "2026-12")
        for figure in pack.figures {
            #expect(!figure.provenance.source.isEmpty, "\(figure.id)")
            // Nothing may still rest on the revoked PP 28/2019.
            #expect(!figure.provenance.source.contains("PP 28/2019"), "\(figure.id)")
            #expect(figure.values.allSatisfy { !($0.source ?? "").contains("PP 28/2019") }, "\(figure.id)")
        }
    }

    /// "Confirmed" only from an official source: a regulation, a circular, an imigrasi.go.id or
    /// kemenkumham.go.id page, an immigration office, SIPPN, or Ditjen Imigrasi itself.
    @Test func confirmedOnlyFromAnOfficialSource() throws {
        let official = ["PP 45/2024", "Law 6/2011", "imigrasi.go.id", "kemenkumham.go.id", "Kantor Imigrasi",
            "SIPPN", "Ditjen Imigrasi news", "Circular", "circular", "SKB 3 Menteri"]
        let pack = try Self.pack()
        for figure in pack.figures where figure.provenance.confidence == .confirmed {
            #expect(official.contains { figure.provenance.source.contains($0) }, "\(figure.id): \(figure.provenance.source)")
            #expect(!figure.provenance.source.contains("quoted by"), "\(figure.id): a news report is not official")
        }
    }

    @Test func feesFollowPP45Of2024() throws {
        #expect(try Self.figure("fee.visit-extension").amount == 1_000_000)
        #expect(try Self.figure("fee.visit-extension").provenance.confidence == .confirmed)
        #expect(try Self.figure("fee.voa-extension").amount == 500_000)
        // ITAS plus re-entry permit is its own item, not a conflicting ITAS fee.
        let bundled = try Self.figure("fee.itas-with-reentry-1-year")
        #expect(bundled.values.count == 1)
        #expect(bundled.provenance.source.contains("Izin Masuk Kembali"))
        #expect(try Self.pack().figures.filter { $0.kind == .fee }.allSatisfy { $0.provenance.confidence != .conflicting })
    }

    @Test func overstayDaySixtyIsChargedAndDaySixtyOneDeported() throws {
        let limit = try #require(try Self.figure("penalty.deportation-after").amount)
        #expect(limit == 60)
        #expect(OverstayEstimate(daysOverstayed: 60, chargePerDay: 1, deportationAfterDays: limit) == .charge(days: 60, total: 60))
        #expect(OverstayEstimate(daysOverstayed: 61, chargePerDay: 1, deportationAfterDays: limit) == .deportation(days: 61))
        let texts = Self.allTexts(try Self.pack()).joined(separator: "\n")
        #expect(!texts.contains("60 days or more"))
    }

    @Test func theStayEndOfAnEVOAOrEVisaComesFromTheEntryStamp() throws {
        let pack = try Self.pack()
        let help = try #require(pack.field(id: "permit.expiry-date")).help.resolved()
        #expect(help.contains("NOT \"Valid until\""))
        #expect(help.contains("last day to enter"))
        #expect(help.contains("arrival + 29"))
        #expect(try #require(pack.field(id: "permit.arrival-date")).help.resolved().contains("arrival stamp"))
        #expect(pack.fact(id: "permit.arrival-date")?.sourceDocumentID == "passport")
        let stayEnds = pack.rules.filter { $0.kind == .stayEnd }
        #expect(Set(stayEnds.map(\.id)) == ["voa-stay-end", "visit-stay-end"])
        #expect(stayEnds.allSatisfy { $0.severity == .error })
        #expect(!Self.allTexts(pack).contains { $0.contains("arrival plus 30") || $0.contains("arrival stamp plus 30") })
    }

    @Test func visitIndexesAreVisasAndTheirCodesExtensionPermits() throws {
        let pack = try Self.pack()
        let index = try #require(pack.field(id: "permit.visa-index"))
        #expect(index.options.map(\.value) == ["c1", "c3", "c4", "c9", "c11"])
        for (visa, permit) in [("c1", "C1A1"), ("c3", "C3A2"), ("c4", "C4A3"), ("c9", "C9A3"), ("c11", "C11A4")] {
            #expect(index.options.first { $0.value == visa }?.label.resolved().contains("stay permit \(permit)") == true)
        }
    }

    @Test func extensionDocumentsFollowTheOfficialLists() throws {
        let pack = try Self.pack()
        let visit = ["permit.category": "visit", "permit.visa-index": "c1", "sponsor.kind": "individual"]
        #expect(pack.requiredDocuments(given: visit).map(\.id).contains("return-ticket"))
        #expect(!pack.requiredDocuments(given: visit).map(\.id).contains("bank-statement"))
        #expect(Self.needsAnswer("request.funds", given: visit, in: pack) == false)
        #expect(pack.figure(id: "limit.c1-funds") == nil)
    }

    @Test func passportMarginIsAdviceAndNotForITAP() throws {
        let pack = try Self.pack()
        let rule = try #require(pack.rule(id: "passport-outlasts-stay"))
        #expect(rule.severity == .warning)
        #expect(rule.when?.isSatisfied(by: ["permit.category": "itap"]) == false)
        #expect(rule.when?.isSatisfied(by: ["permit.category": "itas"]) == true)
    }

    @Test func durationsInTheirOwnUnits() throws {
        let pack = try Self.pack()
        #expect(try Self.figure("duration.itas-extension").values.first?.items == ["6 months", "1 year", "2 years"])
        #expect(try Self.figure("duration.itap-extension").values.first?.items.count == 2)
        let itas = ["permit.category": "itas"]
        #expect(Self.needsAnswer("request.itas-period", given: itas, in: pack) == true)
        #expect(pack.field(id: "request.itas-period")?.options.map { $0.label.resolved() } == ["6 months", "1 year", "2 years"])
        #expect(Self.isAsked("request.duration", given: itas, in: pack) == false)
        #expect(pack.field(id: "request.itap-period")?.options.map(\.value) == ["five-years", "unlimited"])
    }

    @Test func casesThatCannotBeExtendedStopWithWhatToDo() throws {
        let pack = try Self.pack()
        for id in ["visa-exempt", "itas-vitas-on-arrival"] {
            let category = try #require(pack.category(id: id))
            #expect(!category.isExtendable)
            #expect(category.stopText.flatMap { pack.texts[$0] }?.resolved().contains("What you can do instead") == true)
        }
        let exempt = try Self.figure("duration.visa-exempt-stay")
        #expect(exempt.provenance.confidence == .conflicting)
        #expect(exempt.values.compactMap(\.amount) == [14, 30])
    }

    @Test func photoIsTwoByThreeAndNotConfirmed() throws {
        let pack = try Self.pack()
        #expect(!Self.allTexts(pack).contains { $0.contains("3×4") && !$0.contains("not 3×4") })
        #expect(pack.field(id: "doc.photo")?.help.resolved().contains("2:3") == true)
        #expect(try Self.figure("limit.photo-max-size").provenance.confidence == .unverified)
    }

    @Test func theSponsorIsAddressedWhenTheSponsorFiles() throws {
        let pack = try Self.pack()
        for category in ["itas", "itap"] {
            #expect(pack.category(id: category)?.filedBy == .sponsor)
            let values = ["permit.category": category, "sponsor.kind": "individual"]
            let relationship = try #require(pack.field(id: "sponsor.relationship"))
            #expect(pack.label(of: relationship, given: values).resolved() == "You are the applicant's")
            let agent = try #require(pack.field(id: "request.agent"))
            #expect(pack.label(of: agent, given: values).resolved() == "Is an agent filing for you as sponsor?")
            // The payment notice goes to the sponsor's e-mail: required; the applicant's is not.
            #expect(Self.needsAnswer("sponsor.email", given: values, in: pack) == true)
            #expect(Self.needsAnswer("applicant.email", given: values, in: pack) == false)
        }
        let visit = ["permit.category": "visit", "sponsor.kind": "individual"]
        #expect(Self.needsAnswer("sponsor.email", given: visit, in: pack) == false)
        #expect(Self.needsAnswer("applicant.email", given: visit, in: pack) == true)
        #expect(Self.needsAnswer("applicant.email-confirmation", given: ["applicant.email": "a@b.id"], in: pack) == true)
        let relationship = try #require(pack.field(id: "sponsor.relationship"))
        #expect(!pack.label(of: relationship, given: visit).resolved().contains("to you"))
    }

    /// A visit or e-VOA extension opens 14 days before expiry; an ITAS extension 3 months
    /// before (karawang.imigrasi.go.id, unverified), so an ITAS filed 2 months ahead is not
    /// "too early".
    @Test func theFilingWindowOpensPerPermit() throws {
        let pack = try Self.pack()
        let engine = CrossCheckEngine(pack: pack)
        var draft = Draft(pack: pack)
        draft.values = ["permit.category": "itas", "permit.expiry-date": "2027-01-29"]
        let today = try #require(CalendarDate(iso8601: "2026-11-30"))
        let itas = engine.evaluateAll(draft: draft, today: today, attachments: [:]).findings
        #expect(itas.first { $0.ruleID == "itas-filing-window" }?.severity == .note)
        #expect(!itas.contains { $0.ruleID == "filing-window" })
        draft.values["permit.category"] = "voa"
        let voa = engine.evaluateAll(draft: draft, today: today, attachments: [:]).findings
        let early = try #require(voa.first { $0.ruleID == "filing-window" })
        #expect(early.detail.contains("too early: filing opens on 2027-01-15"))
        // The last working day falls in 2027, whose holidays are estimates: said, and not blocking.
        #expect(early.detail.contains("a last working day in 2027 may move"))
        #expect(early.severity == .warning)
    }

    /// When an ITAS window opens is unverified (an office page citing an older regulation, and a
    /// sponsor who saw the portal open 30 days ahead): too early only warns. The last working
    /// day before expiry is confirmed: missing it blocks.
    @Test func anITASFiledTooEarlyWarnsButOneFiledTooLateBlocks() throws {
        let pack = try Self.pack()
        let engine = CrossCheckEngine(pack: pack)
        var draft = Draft(pack: pack)
        draft.values = ["permit.category": "itas", "permit.expiry-date": "2026-06-01"]
        let january = try #require(CalendarDate(iso8601: "2026-01-05"))
        let early = try #require(engine.evaluateAll(draft: draft, today: january, attachments: [:])
            .findings.first { $0.ruleID == "itas-filing-window" })
        #expect(early.detail.contains("too early"))
        #expect(early.severity == .warning)
        draft.values["permit.expiry-date"] = "2026-12-07"
        let december = try #require(CalendarDate(iso8601: "2026-12-05"))
        let late = try #require(engine.evaluateAll(draft: draft, today: december, attachments: [:])
            .findings.first { $0.ruleID == "itas-filing-window" })
        #expect(late.detail.contains("has passed"))
        #expect(late.severity == .blocking)
    }

    @Test func holidaysOf2027AreMarkedEstimated() throws {
        let pack = try Self.pack()
        let year = try #require(pack.holidayYears.first { $0.year == 2027 })
        #expect(year.provenance.confidence == .unverified)
        #expect(!year.days.contains { $0.kind == .collectiveLeave })
        #expect(pack.holidayCaveat(for: 2027)?.contains("may move") == true)
        #expect(pack.holidayCaveat(for: 2026) == nil)
        // The export's deadlines say so too.
        let today = try #require(CalendarDate(iso8601: "2026-11-30"))
        let late = DeadlineSummary(pack: pack, values: ["permit.category": "voa", "permit.expiry-date": "2027-01-29"], today: today)
        #expect(late?.holidayCaveat?.contains("a last working day in 2027 may move") == true)
        let soon = DeadlineSummary(pack: pack, values: ["permit.category": "voa", "permit.expiry-date": "2026-12-20"], today: today)
        #expect(soon?.holidayCaveat == nil)
    }
}
