import Foundation
import StayformCore
import StayformPersistence
import Testing

/// The shipped pack's answer checks over the clean e-VOA example: each bad answer a new user
/// typed is a blocking finding naming its field, the answer stays as typed, and the verdict
/// of the engine, the completion and the export agree.
@Suite struct ShippedPackAnswerTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    static func checked() throws -> (FormPack, Draft, [String: AttachmentFacts]) {
        let pack = try FormPackLoader.load(contentsOf: repository.appendingPathComponent("Forms/stay-permit-extension.yaml"))
        var checker = DraftChecker(today: today) { _ in pack }
        let checked = try checker.inspect(path: repository.appendingPathComponent("docs/examples/clean-evoa.json").path).get()
        return (pack, checked.draft, checked.attachments)
    }

    static func findings(_ edit: (inout Draft) -> Void) throws -> [Finding] {
        let (pack, clean, files) = try checked()
        var draft = clean
        edit(&draft)
        return CrossCheckEngine(pack: pack).evaluateAll(draft: draft, today: today, attachments: files).findings
    }

    @Test func theCleanExampleHasNothingBlocking() throws {
        #expect(try Self.findings { _ in }.filter { $0.severity == .blocking }.isEmpty)
    }

    /// The answers of issue 10, each typed into the clean draft alone.
    @Test(arguments: [
        ("declaration.date", "today", "valid-answers", "is not a date"),
        ("declaration.date", "2026-12-01", "valid-answers", "in the future"),
        ("applicant.birth-date", "05/03/1986", "valid-answers", "could be 05 Mar 1986 or 03 May 1986"),
        ("applicant.birth-date", "2027-01-01", "valid-answers", "in the future"),
        ("address.postal-code", "8O571", "valid-answers", "five digits"),
        ("applicant.email", "name@gmail", "valid-answers", "no ending such as .com"),
        ("request.duration", "90", "voa-extension-length", "more than VOA extension length: 30 days"),
        ("request.duration", "thirty", "valid-answers", "not a number of days"),
        ("request.duration", "1 year", "valid-answers", "not a number of days"),
        ("passport.number", "C01X0-0AB", "valid-answers", "5 to 9 letters and digits"),
        ("address.residence-type", "castle", "valid-answers", "not one of the options"),
        ("request.agent", "maybe", "valid-answers", "neither yes nor no"),
        ("declaration.agree", "no", "valid-answers", "cannot be filed without this declaration"),
    ])
    func aBadAnswerIsABlockingFinding(field: String, value: String, rule: String, detail: String) throws {
        let found = try Self.findings { $0.values[field] = value }.filter { $0.ruleID == rule }
        #expect(found.count == 1, "\(found)")
        let finding = try #require(found.first)
        #expect(finding.severity == .blocking)
        #expect(finding.places.first == .field(id: field, code: finding.places.first?.displayName ?? ""))
        #expect(finding.found == value)
        #expect(finding.detail.contains(detail), "\(finding.detail)")
    }

    @Test func theExportNeverListsABadAnswerAsIfItWereOne() throws {
        let (pack, clean, files) = try Self.checked()
        var draft = clean
        draft.values["address.postal-code"] = "8O571"
        let findings = CrossCheckEngine(pack: pack).evaluateAll(draft: draft, today: Self.today, attachments: files).findings
        let export = ApplicationExport(pack: pack, draft: draft, findings: findings, today: Self.today, attachments: files)
        let fields = export.sections.flatMap(\.fields)
        #expect(fields.first { $0.code == "4.7" }?.problem?.contains("five digits") == true)
        #expect(fields.filter { $0.problem != nil }.map(\.code) == ["4.7"])
        #expect(export.text.contains("4.7 Postal code: 8O571  (cannot be right: not in the expected form: five digits"))
    }

    @Test func anExtensionTooLongCitesTheFigureWithItsSource() throws {
        let finding = try #require(try Self.findings { $0.values["request.duration"] = "90" }
            .first { $0.ruleID == "voa-extension-length" })
        let figure = try #require(finding.figures.first)
        #expect(figure.id == "duration.voa-extension")
        #expect(figure.source.contains("Ditjen Imigrasi"))
        #expect(figure.effective == CalendarDate(iso8601: "2022-11-15"))
        #expect(figure.checked == CalendarDate(iso8601: "2026-11-21"))
    }

    @Test func aVisaExemptCategoryBlocksWithThePacksExplanation() throws {
        let found = try Self.findings { $0.values["permit.category"] = "visa-exempt" }
        let finding = try #require(found.first { $0.ruleID == "category-extendable" })
        #expect(finding.severity == .blocking)
        #expect(finding.detail == "Visa-exempt entry (no visa) cannot be extended")
        #expect(finding.advice.contains("What you can do instead"))
    }

    @Test func aTicketsSpellingOfTheNameIsANoteWithFittingAdvice() throws {
        let found = try Self.findings { $0.restatements["return-ticket"] = ["applicant.full-name": .differs("MUELLER/HANS MR")] }
            .filter { $0.id == "name-matches-passport.return-ticket.applicant.full-name" }
        #expect(found.map(\.severity) == [.note])
        #expect(found.first?.advice.hasPrefix("Nothing to change") == true)
    }

    @Test func everyDocumentThatPrintsTheBirthDateCanRestateIt() throws {
        let (pack, _, _) = try Self.checked()
        for id in ["current-permit", "guarantee-letter", "application-letter"] {
            #expect(pack.document(id: id)?.shows.contains("applicant.birth-date") == true, "\(id)")
        }
        let found = try Self.findings { $0.restatements["current-permit"] = ["applicant.birth-date": .differs("1985-14-07")] }
        #expect(found.contains { $0.ruleID == "birth-date-matches-passport" && $0.severity == .blocking })
    }
}
