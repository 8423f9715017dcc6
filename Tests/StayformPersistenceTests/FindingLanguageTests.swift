import Foundation
import PropertyBased
import StayformCore
import StayformPersistence
import Testing

/// The engine's findings in Indonesian are the English findings in other words: over drafts of
/// the shipped pack made from the clean example by random edits, every finding has the same
/// id, rule, severity, places, expected and found values and figures in both languages, and an
/// Indonesian detail of its own. (An expected or found value that is a text of the pack — the
/// form an answer must take, a category's label — is that text in the language asked for.)
@Suite struct FindingLanguageTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    /// The shipped pack, the clean e-VOA example and its files' facts.
    static let example: (pack: FormPack, draft: Draft, files: [String: AttachmentFacts])? = {
        guard let pack = try? FormPackLoader.load(
            contentsOf: repository.appendingPathComponent("Forms/stay-permit-extension.yaml"))
        else { return nil }
        var checker = DraftChecker(today: today) { _ in pack }
        let path = repository.appendingPathComponent("docs/examples/clean-evoa.json").path
        guard let checked = try? checker.inspect(path: path).get() else { return nil }
        return (pack, checked.draft, checked.attachments)
    }()

    static let english = example.map { CrossCheckEngine(pack: $0.pack, language: "en") }
    static let indonesian = example.map { CrossCheckEngine(pack: $0.pack, language: "id") }

    /// One change to the example: an answer, a file, a restatement or the day.
    struct Edit: Sendable, CustomStringConvertible {
        let description: String
        let apply: @Sendable (inout Draft, inout [String: AttachmentFacts], inout CalendarDate) -> Void

        static func value(_ field: String, _ value: String) -> Edit {
            Edit(description: "\(field) = \(value)") { draft, _, _ in draft.values[field] = value }
        }

        static func file(_ path: String, _ description: String, _ change: @escaping @Sendable (inout AttachmentFacts) -> Void) -> Edit {
            Edit(description: "\(path): \(description)") { _, files, _ in
                var facts = files[path] ?? AttachmentFacts(isReadable: true)
                change(&facts)
                files[path] = facts
            }
        }

        static func today(_ iso: String) -> Edit {
            Edit(description: "today \(iso)") { _, _, today in today = CalendarDate(iso8601: iso) ?? today }
        }
    }

    /// Edits that, alone or together, make each kind of rule of the shipped pack find something.
    static let edits: [Edit] = [
        // Same value, MRZ, NIK: names, numbers, dates, countries, digits.
        .value("applicant.full-name", "MILLER Hans"),
        .value("applicant.full-name", "MULLER Hans"),
        .value("declaration.signature-name", "Dr. Hans Müller"),
        .value("passport.number", "C4JN12K5T"),
        .value("passport.number", "CAJN12K57"),
        .value("applicant.birth-date", "1985-14-07"),
        .value("applicant.nationality", "AUT"),
        .value("passport.mrz", "P<D<<MUELLER<<HANS\nC4JN12K573D<<8507147M3103094<<<<<<<<<<<<<<<9"),
        .value("passport.mrz", "X<D<<MUELLER<<HANS<<<<<<<<<<<<<<<<<<<<<<<<<<\nC4JN12K574D<<8507147M3103094<<<<<<<<<<<<<<<8"),
        .value("permit.category", "visit"),
        .value("permit.category", "itas"),
        .value("permit.category", "visa-exempt"),
        .value("sponsor.kind", "individual"),
        .value("sponsor.nik", "5171044507850003"),
        .value("sponsor.nik", "99710A4507850000"),
        .value("sponsor.birth-date", "1985-07-06"),
        .value("sponsor.sex", "M"),
        Edit(description: "the permit restates another name") { draft, _, _ in
            draft.restatements["current-permit", default: [:]]["applicant.full-name"] = .differs("MILLER HANS")
        },
        Edit(description: "the permit's number was confirmed before it changed") { draft, _, _ in
            draft.restatements["current-permit", default: [:]]["passport.number"] = .matches("C4JN12K58")
        },
        // Deadlines, caps and the stay's end.
        .today("2026-11-10"), .today("2026-11-25"), .today("2026-11-29"), .today("2026-12-02"), .today("2027-02-20"),
        .value("permit.expiry-date", "2026-12-28"),
        .value("permit.arrival-date", "2026-10-01"),
        .value("permit.extensions-so-far", "one"),
        .value("passport.expiry-date", "2027-01-05"),
        .value("passport.expiry-date", "2027-04-01"),
        .value("request.duration", "90"),
        .value("request.duration", "0"),
        // Answers that cannot be right.
        .value("declaration.date", "today"),
        .value("declaration.date", "2026-12-24"),
        .value("applicant.birth-date", "05/03/1986"),
        .value("address.postal-code", "8O571"),
        .value("address.residence-type", "castle"),
        .value("request.agent", "maybe"),
        .value("request.duration", "thirty"),
        .value("applicant.email", "name@gmail"),
        .value("applicant.email", "Hans.Mueller@example.org"),
        .value("applicant.email-confirmation", "hans@example.org"),
        .value("applicant.phone", "0812 3456 789"),
        .value("applicant.phone", "0049 151 23456789"),
        .value("applicant.phone", "+49 (0) 151 23456789"),
        .value("applicant.phone", "12#4"),
        .value("address.city", " "),
        Edit(description: "no photo") { draft, _, _ in draft.attachments["photo"] = nil },
        // Files.
        .file("files/photo.png", "unreadable") { $0 = .unreadable("no such file") },
        .file("files/photo.png", "huge") { $0.size = 9_000_000 },
        .file("files/photo.png", "small") { $0.pixelSize = PixelSize(width: 120, height: 90) },
        .file("files/photo.png", "damaged") { $0.pixelSize = nil },
        .file("files/photo.png", "a program") { $0.kind = .executable(.windowsPortableExecutable) },
        .file("files/passport.pdf", "changed") { $0.sha256 = String(repeating: "0", count: 64) },
        .file("files/passport.pdf", "a HEIC photo") { $0.kind = .heif },
    ]

    static func findings(
        _ engine: CrossCheckEngine?, _ chosen: [Edit]
    ) -> [Finding] {
        guard let example, let engine else { return [] }
        var draft = example.draft, files = example.files, today = Self.today
        for edit in chosen { edit.apply(&draft, &files, &today) }
        return engine.evaluateAll(draft: draft, today: today, attachments: files).findings
    }

    /// A place without the words that follow the language (a document's label).
    static func key(_ place: FindingPlace) -> String {
        switch place {
        case .field(let id, let code): "field \(id) \(code)"
        case .document(let id, _): "document \(id)"
        }
    }

    /// Values that are the pack's own texts, in the language asked for: the expected form of
    /// an answer (`five digits, such as 80361`) and the label of a category.
    static func valuesArePackTexts(_ finding: Finding) -> (expected: Bool, found: Bool) {
        let kind = example?.pack.rule(id: finding.ruleID)?.kind
        return (kind == .validAnswers, kind == .extendableCategory)
    }

    static func expectSameFindings(_ chosen: [Edit]) {
        let english = findings(Self.english, chosen)
        let indonesian = findings(Self.indonesian, chosen)
        #expect(english.map(\.id) == indonesian.map(\.id), "\(chosen)")
        for (en, id) in zip(english, indonesian) {
            let packTexts = valuesArePackTexts(en)
            #expect(en.ruleID == id.ruleID)
            #expect(en.severity == id.severity, "\(en.id)")
            #expect(en.places.map(Self.key) == id.places.map(Self.key), "\(en.id)")
            #expect(packTexts.expected || en.expected == id.expected, "\(en.id)")
            #expect(packTexts.found || en.found == id.found, "\(en.id)")
            #expect((en.expected == nil) == (id.expected == nil) && (en.found == nil) == (id.found == nil), "\(en.id)")
            #expect(en.figures.map(\.id) == id.figures.map(\.id), "\(en.id)")
            #expect(!id.detail.isEmpty, "\(en.id)")
            #expect(id.detail != en.detail, "\(en.id): \(id.detail)")
        }
    }

    @Test func theExampleLoads() {
        #expect(Self.example != nil)
    }

    @Test func everyRuleKindOfTheShippedPackFindsTheSameInBothLanguages() throws {
        let example = try #require(Self.example)
        var kinds: Set<RuleKind> = []
        // Each edit alone, and each with the category that makes its rules apply.
        let contexts: [[Edit]] = [[], [.value("permit.category", "visit"), .value("sponsor.kind", "individual")]]
        for context in contexts {
            for edit in Self.edits {
                Self.expectSameFindings(context + [edit])
                for finding in Self.findings(Self.english, context + [edit]) {
                    if let kind = example.pack.rule(id: finding.ruleID)?.kind { kinds.insert(kind) }
                }
            }
        }
        let packKinds = Set(example.pack.rules.map(\.kind))
        #expect(packKinds.subtracting(kinds).map(\.rawValue).sorted() == [], "rule kinds no edit made find anything")
    }

    @Test func randomDraftsFindTheSameInBothLanguages() async {
        let chosen = Gen.int(in: 0...(Self.edits.count - 1)).array(of: 0...6).map { $0.map { Self.edits[$0] } }
        await propertyCheck(count: 150, input: chosen) { edits in
            Self.expectSameFindings(edits)
        }
    }

    @Test func indonesianDetailsWriteDatesAndMoneyTheIndonesianWay() throws {
        let window = Self.findings(Self.indonesian, [.value("permit.expiry-date", "2026-12-28"), .today("2026-12-14")])
            .first { $0.ruleID == "filing-window" }
        #expect(window?.detail.contains("23 Desember 2026") == true, "\(window?.detail ?? "none")")
        #expect(window?.expected == "2026-12-14 to 2026-12-23")
        let expired = Self.findings(Self.indonesian, [.value("permit.expiry-date", "2026-11-30"), .today("2026-12-02")])
            .first { $0.ruleID == "permit-expired" }
        #expect(expired?.detail.contains("30 November 2026, 2 hari yang lalu") == true, "\(expired?.detail ?? "none")")
        #expect(expired?.detail.contains("Rp") == true, "\(expired?.detail ?? "none")")
        #expect(expired?.found == "2026-11-30")
        let englishExpired = Self.findings(Self.english, [.value("permit.expiry-date", "2026-11-30"), .today("2026-12-02")])
            .first { $0.ruleID == "permit-expired" }
        #expect(englishExpired?.detail.hasPrefix("the permit expired on 2026-11-30, 2 days ago; estimated overstay charge IDR ") == true,
                "\(englishExpired?.detail ?? "none")")
    }
}
