import StayformCore
import Testing
import TestSupport

/// Deadlines, caps, required answers and documents, attachments, MRZ, NIK and contact rules,
/// one table each, over the fixture pack.
@Suite struct CrossCheckRuleKindTests {
    let engine = CrossCheckEngine(pack: CrossCheckFixtures.pack)

    func findings(
        today: CalendarDate = CrossCheckFixtures.today, files: [String: AttachmentFacts] = CrossCheckFixtures.files,
        rule: String, _ edit: (inout Draft) -> Void = { _ in }
    ) -> [Finding] {
        var draft = CrossCheckFixtures.cleanDraft
        edit(&draft)
        return engine.evaluateAll(draft: draft, today: today, attachments: files).findings.filter { $0.ruleID == rule }
    }

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso8601: iso) ?? CrossCheckFixtures.today }

    // MARK: Dates and deadlines

    /// Permit expiring 2026-12-28 (Monday); 24 and 25 December are closed, so the last
    /// working day is 2026-12-23 (Wednesday). The window opens 14 days before: 2026-12-14.
    @Test(arguments: [
        ("2026-12-13", FindingSeverity.warning, "too early: filing opens on 2026-12-14"),
        ("2026-12-14", .note, "the last day to file is 2026-12-23 (9 days after today)"),
        ("2026-12-23", .note, "today is the last day"),
        ("2026-12-24", .warning, "2026-12-23, has passed"),
        ("2026-12-28", .warning, "the permit ends today"),
    ] as [(String, FindingSeverity, String)])
    func filingWindowAroundHolidays(today: String, severity: FindingSeverity, detail: String) {
        let found = findings(today: Self.day(today), rule: "window") { $0.values["permit.expiry-date"] = "2026-12-28" }
        #expect(found.map(\.severity) == [severity])
        #expect(found.first?.detail.contains(detail) == true, "\(found.first?.detail ?? "none")")
    }

    @Test func filingWindowIsSilentOnceExpired() {
        #expect(findings(today: Self.day("2026-12-29"), rule: "window") { $0.values["permit.expiry-date"] = "2026-12-28" }.isEmpty)
    }

    @Test(arguments: [
        ("2026-11-30", nil, nil),
        ("2026-12-01", FindingSeverity.blocking, "1 day ago; estimated overstay charge IDR 1,000,000 (1 × IDR 1,000,000)"),
        ("2027-01-28", .blocking, "59 days ago; estimated overstay charge IDR 59,000,000"),
        ("2027-01-29", .blocking, "60 days ago; estimated overstay charge IDR 60,000,000"),
        ("2027-01-30", .blocking, "61 days is more than 60: deportation"),
    ] as [(String, FindingSeverity?, String?)])
    func expiredPermitWithOverstayEstimate(today: String, severity: FindingSeverity?, detail: String?) {
        let found = findings(today: Self.day(today), rule: "expired")
        #expect(found.map(\.severity) == (severity.map { [$0] } ?? []))
        if let detail { #expect(found.first?.detail.contains(detail) == true, "\(found.first?.detail ?? "none")") }
        if severity != nil { #expect(found.first?.figures.map(\.id) == ["overstay-charge", "deportation-after"]) }
    }

    @Test(arguments: [
        ("2026-11-22", FindingSeverity.note, "in 8 days"),
        ("2026-11-23", .warning, "in 7 days"),
        ("2026-11-29", .warning, "tomorrow"),
        ("2026-11-30", .warning, "today"),
        ("2026-11-20", .note, "in 10 days"),
    ] as [(String, FindingSeverity, String)])
    func daysToExpiry(today: String, severity: FindingSeverity, detail: String) {
        // The permit ends 2026-11-30; the advised-days figure is 7: from 7 days left on it warns.
        let found = findings(today: Self.day(today), rule: "days-left")
        #expect(found.map(\.severity) == [severity])
        #expect(found.first?.detail.contains(detail) == true)
    }

    /// Permit ends 2026-11-30, 30 days asked: the stay ends 2026-12-30; the margin is 180
    /// days (unverified), so 2027-06-28 is needed.
    @Test(arguments: [
        ("2026-12-29", FindingSeverity?.some(.blocking)),
        ("2026-12-30", .some(.warning)),
        ("2027-06-27", .some(.warning)),
        ("2027-06-28", nil),
    ])
    func passportMustOutlastTheStay(passportExpiry: String, severity: FindingSeverity?) {
        let found = findings(rule: "passport-validity") { $0.values["passport.expiry-date"] = passportExpiry }
        #expect(found.map(\.severity) == (severity.map { [$0] } ?? []))
    }

    @Test(arguments: [("none", false), ("one", true), ("two", true)])
    func voaExtendsOnce(extensions: String, blocked: Bool) {
        let found = findings(rule: "voa-once") { $0.values["permit.extensions-so-far"] = extensions }
        #expect(found.map(\.severity) == (blocked ? [.blocking] : []))
    }

    /// Arrival to the end of the requested stay (2026-11-30 + duration), both days counted
    /// (1 September to 30 November is 91 days);
    /// the 180-day cap is unverified: a warning.
    @Test(arguments: [("2026-07-04", 30, false), ("2026-07-03", 30, true), ("2026-09-01", 89, false), ("2026-09-01", 90, true)])
    func visitStaysAtMost180Days(arrival: String, duration: Int, over: Bool) {
        let found = findings(rule: "visit-180") { draft in
            draft.values["permit.category"] = "visit"
            draft.values["permit.arrival-date"] = arrival
            draft.values["request.duration"] = String(duration)
        }
        #expect(found.map(\.severity) == (over ? [.warning] : []))
    }

    // MARK: Required

    @Test(arguments: [
        ("voa", ["applicant.email"], ["required-fields.applicant.email"]),
        ("voa", ["sponsor.name"], []),
        ("visit", [], ["required-fields.sponsor.name"]),
        ("visit", ["permit.category"], ["required-fields.permit.category"]),
    ])
    func requiredFieldsByCategoryAndAnswers(category: String, cleared: [String], expected: [String]) {
        let found = findings(rule: "required-fields") { draft in
            draft.values["permit.category"] = category
            for field in cleared { draft.values[field] = "  " }
        }
        #expect(found.map(\.id) == expected)
    }

    @Test(arguments: [
        ("voa", [], [String]()),
        ("voa", ["photo"], ["required-documents.photo"]),
        ("visit", [], ["required-documents.guarantee-letter"]),
        ("visit", ["passport", "photo"], ["required-documents.passport", "required-documents.photo", "required-documents.guarantee-letter"]),
    ])
    func requiredDocumentsByCategory(category: String, removed: [String], expected: [String]) {
        let found = findings(rule: "required-documents") { draft in
            draft.values["permit.category"] = category
            for document in removed { draft.attachments[document] = nil }
        }
        #expect(found.map(\.id) == expected)
    }

    // MARK: Attachments

    static let png = AttachmentFacts(isReadable: true, size: 900, kind: .png, pixelSize: PixelSize(width: 400, height: 600), sha256: "cc")

    @Test(arguments: [
        ("photo.png", png, [String]()),
        ("photo.png", AttachmentFacts.unreadable("there is no such file"), ["exists.photo.1"]),
        ("photo.png", AttachmentFacts.beingRead, ["exists.photo.1"]),
        ("photo.png", AttachmentFacts(isReadable: true, size: 1001, kind: .png, pixelSize: PixelSize(width: 400, height: 600), sha256: "cc"), ["photo-size.photo.1"]),
        ("photo.png", AttachmentFacts(isReadable: true, size: 900, kind: .heif, sha256: "cc"), ["photo-type.photo.1"]),
        ("photo.png", AttachmentFacts(isReadable: true, size: 900, kind: .webP, pixelSize: PixelSize(width: 400, height: 600), sha256: "cc"), ["photo-type.photo.1"]),
        ("photo.png", AttachmentFacts(isReadable: true, size: 900, kind: .png, pixelSize: PixelSize(width: 399, height: 600), sha256: "cc"), ["pixels.photo.1"]),
        ("photo.png", AttachmentFacts(isReadable: true, size: 900, kind: .png, pixelSize: nil, sha256: "cc"), ["pixels.photo.1"]),
        ("photo.png", AttachmentFacts(isReadable: true, size: 900, kind: .png, pixelSize: PixelSize(width: 400, height: 600), sha256: "dd"), ["digest.photo.1"]),
        ("passport.pdf", AttachmentFacts(isReadable: true, size: 5001, kind: .pdf, sha256: "aa"), ["size.passport.1"]),
        ("passport.pdf", AttachmentFacts(isReadable: true, size: 300, kind: .zip, sha256: "aa"), ["type.passport.1"]),
        ("passport.pdf", AttachmentFacts(isReadable: true, size: 300, kind: .executable(.windowsPortableExecutable), sha256: "aa"), ["type.passport.1"]),
    ] as [(String, AttachmentFacts, [String])])
    func attachmentFacts(path: String, facts: AttachmentFacts, expected: [String]) {
        var files = CrossCheckFixtures.files
        files[path] = facts
        let draft = CrossCheckFixtures.cleanDraft
        let attachmentRules: Set = ["exists", "size", "photo-size", "type", "photo-type", "pixels", "digest"]
        let found = engine.evaluateAll(draft: draft, today: CrossCheckFixtures.today, attachments: files).findings
        #expect(found.filter { attachmentRules.contains($0.ruleID) }.map(\.id) == expected)
        #expect(found.count == expected.count + 2, "only the two status notes besides")
    }

    /// A file still being read is a blocking finding that says so, not a missing file: no
    /// verdict is given before it has been read.
    @Test func aFileBeingReadBlocksAndSaysSo() throws {
        var files = CrossCheckFixtures.files
        files["photo.png"] = .beingRead
        let found = engine.evaluateAll(draft: CrossCheckFixtures.cleanDraft, today: CrossCheckFixtures.today, attachments: files).findings
        let finding = try #require(found.first { $0.id == "exists.photo.1" })
        #expect(finding.severity == .blocking)
        #expect(finding.detail == "photo.png is still being read; this goes away once it has been")
    }

    /// Whether an unconfirmed figure decided it: an unverified limit never blocks, but a
    /// program is never a document.
    @Test(arguments: [
        ("photo-size.photo.1", FindingSeverity.blocking, AttachmentFacts(isReadable: true, size: 1001, kind: .png, pixelSize: PixelSize(width: 400, height: 600), sha256: "cc"), "photo.png"),
        ("size.passport.1", .warning, AttachmentFacts(isReadable: true, size: 5001, kind: .pdf, sha256: "aa"), "passport.pdf"),
        ("type.passport.1", .warning, AttachmentFacts(isReadable: true, size: 300, kind: .zip, sha256: "aa"), "passport.pdf"),
        ("type.passport.1", .blocking, AttachmentFacts(isReadable: true, size: 300, kind: .executable(.elf), sha256: "aa"), "passport.pdf"),
        ("digest.photo.1", .note, AttachmentFacts(isReadable: true, size: 900, kind: .png, pixelSize: PixelSize(width: 400, height: 600), sha256: "ee"), "photo.png"),
    ] as [(String, FindingSeverity, AttachmentFacts, String)])
    func unverifiedLimitsWarnButNeverBlock(id: String, severity: FindingSeverity, facts: AttachmentFacts, path: String) {
        var files = CrossCheckFixtures.files
        files[path] = facts
        let found = engine.evaluateAll(draft: CrossCheckFixtures.cleanDraft, today: CrossCheckFixtures.today, attachments: files)
            .findings.first { $0.id == id }
        #expect(found?.severity == severity)
    }

    // MARK: MRZ, NIK, contact

    static func mrz(number: String = "C4JN12K57", birth: String = "850714", expiry: String = "310309", sex: String = "M") -> String {
        let digit: (String) -> String = { MRZCheckDigit.compute($0).map(String.init) ?? "<" }
        let optional = String(repeating: "<", count: 14)
        let number9 = number.padding(toLength: 9, withPad: "<", startingAt: 0)
        let body = number9 + digit(number9) + "D<<" + birth + digit(birth) + sex + expiry + digit(expiry) + optional + "<"
        let composite = number9 + digit(number9) + birth + digit(birth) + expiry + digit(expiry) + optional + "<"
        let line1 = "P<D<<MUELLER<<HANS".padding(toLength: 44, withPad: "<", startingAt: 0)
        return line1 + "\n" + body + digit(composite)
    }

    @Test(arguments: [
        (mrz(), [String]()),
        (mrz(number: "C4JN12K58"), ["mrz.passport.number"]),
        (mrz(birth: "850741"), ["mrz.passport.mrz.reading"]),
        (mrz(birth: "850715"), ["mrz.applicant.birth-date"]),
        (mrz(sex: "F"), ["mrz.applicant.sex"]),
        (mrz(expiry: "300309"), ["mrz.passport.expiry-date"]),
        (String(mrz().dropLast()) + "0", ["mrz.passport.mrz.reading"]),
        ("P<D<<MUELLER", ["mrz.passport.mrz.reading"]),
    ])
    func mrzAgainstTheTypedFields(zone: String, expected: [String]) {
        let found = findings(rule: "mrz") { $0.values["passport.mrz"] = zone }
        #expect(found.map(\.id) == expected)
    }

    @Test(arguments: [
        ("5171031508850002", "1985-08-15", "M", [String]()),
        ("5171035508850002", "1985-08-15", "F", []),
        ("5171035508850002", "1985-08-15", "M", ["nik.sponsor.nik.sex"]),
        ("5171031608850002", "1985-08-15", "M", ["nik.sponsor.nik.birth-date"]),
        ("517103150885", "1985-08-15", "M", ["nik.sponsor.nik.reading"]),
        ("9971031508850002", "1985-08-15", "M", ["nik.sponsor.nik.reading"]),
    ])
    func nikAgainstTheSponsor(nik: String, birthDate: String, sex: String, expected: [String]) {
        let found = findings(rule: "nik") { draft in
            draft.values["permit.category"] = "visit"
            draft.values["sponsor.nik"] = nik
            draft.values["sponsor.birth-date"] = birthDate
            draft.values["sponsor.sex"] = sex
        }
        #expect(found.map(\.id) == expected)
    }

    @Test(arguments: [
        ("hans@example.org", "hans@example.org", FindingSeverity?.none),
        ("hans@example.org", " hans@EXAMPLE.org ", nil),
        ("hans@example.org", "Hans@example.org", .some(.note)),
        ("hans@example.org", "hans@exmaple.org", .some(.blocking)),
    ])
    func emailTypedTwice(email: String, again: String, severity: FindingSeverity?) {
        let found = findings(rule: "email") { draft in
            draft.values["applicant.email"] = email
            draft.values["applicant.email-confirmation"] = again
        }
        #expect(found.map(\.severity) == (severity.map { [$0] } ?? []))
    }

    @Test(arguments: [
        ("+49 151 23456789", nil, false),
        ("0812 3456 7890", "+6281234567890", true),
        ("0062 812 3456 7890", "+6281234567890", true),
        ("812345", nil, true),
    ] as [(String, String?, Bool)])
    func phoneInInternationalFormat(phone: String, suggestion: String?, flagged: Bool) {
        let found = findings(rule: "phone") { $0.values["applicant.phone"] = phone }
        #expect(found.count == (flagged ? 1 : 0))
        #expect(found.first?.severity == (flagged ? .warning : nil))
        #expect(found.first?.expected == suggestion)
    }
}
