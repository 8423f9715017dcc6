import Foundation
import StayformCore
import Testing

@testable import StayformPersistence

/// Loads every pack in `Forms/` and checks its integrity, independently of the loader's checks.
@Suite("Shipped form packs")
struct FormPackShippedTests {
    static let packURLs = FormPackFixtures.shippedPackURLs

    static func load(_ url: URL) throws -> FormPack {
        try FormPackLoader.validate(contentsOf: url).get()
    }

    @Test("at least two packs are shipped, the main one included")
    func shipsPacks() {
        let names = Self.packURLs.map(\.lastPathComponent)
        #expect(names.contains("stay-permit-extension.yaml"))
        #expect(names.count >= 2)
    }

    @Test("every shipped pack loads", arguments: packURLs)
    func loads(_ url: URL) throws {
        let pack = try Self.load(url)
        #expect(url.lastPathComponent == "\(pack.id).yaml")
        #expect(pack.languages.contains("en"))
        #expect(pack.effectiveDate != nil)
    }

    @Test("the first sections are the applicant and the passport", arguments: packURLs)
    func firstSections(_ url: URL) throws {
        let pack = try Self.load(url)
        #expect(pack.sections.prefix(2).map(\.id) == ["applicant", "passport"])
        #expect(pack.sections.first?.fields.first?.type == .personName)
    }

    @Test("field codes are unique and start with their section's code", arguments: packURLs)
    func fieldCodes(_ url: URL) throws {
        let pack = try Self.load(url)
        var codes: Set<String> = []
        for section in pack.sections {
            for field in section.fields {
                #expect(field.code.hasPrefix(section.code + "."), "\(field.id)")
                #expect(codes.insert(field.code).inserted, "\(field.code)")
                #expect(!field.help.resolved().isEmpty, "\(field.id) has no help")
            }
        }
    }

    @Test("every field a condition or rule names is in a section", arguments: packURLs)
    func referencedFieldsExist(_ url: URL) throws {
        let pack = try Self.load(url)
        var conditions = pack.allFields.flatMap { [$0.requiredWhen, $0.shownWhen] }
        conditions += pack.sections.map(\.shownWhen) + pack.rules.map(\.when)
        conditions += pack.categories.flatMap {
            ($0.requiredDocuments + $0.recommendedDocuments).map(\.when)
        }
        for id in conditions.compactMap({ $0 }).flatMap(\.fieldIDs) {
            #expect(pack.field(id: id) != nil, "\(id)")
        }
        for rule in pack.rules {
            for (name, spec) in rule.kind.parameters {
                let names = rule.parameters[name]?.names ?? []
                #expect(!spec.isRequired || !names.isEmpty, "\(rule.id) lacks \(name)")
                for id in names {
                    switch spec.kind {
                    case .field, .fields: #expect(pack.field(id: id) != nil, "\(rule.id): \(id)")
                    case .fact: #expect(pack.fact(id: id) != nil, "\(rule.id): \(id)")
                    case .figure: #expect(pack.figure(id: id) != nil, "\(rule.id): \(id)")
                    case .documents: #expect(pack.document(id: id) != nil, "\(rule.id): \(id)")
                    case .category: #expect(pack.category(id: id) != nil, "\(rule.id): \(id)")
                    case .normalizer: #expect(ValueNormalizer(rawValue: id) != nil)
                    }
                }
            }
        }
    }

    @Test("every fact has one source document that shows it", arguments: packURLs)
    func factsHaveSources(_ url: URL) throws {
        let pack = try Self.load(url)
        for fact in pack.facts {
            let source = pack.document(id: fact.sourceDocumentID)
            #expect(source?.shows.contains(fact.id) == true, "\(fact.id)")
        }
        for document in pack.documents {
            for factID in document.shows {
                #expect(pack.fact(id: factID) != nil, "\(document.id) shows \(factID)")
            }
        }
        for field in pack.allFields {
            if let fact = field.fact { #expect(pack.fact(id: fact) != nil, "\(field.id)") }
        }
    }

    @Test("every required or recommended document is defined", arguments: packURLs)
    func documentsDefined(_ url: URL) throws {
        let pack = try Self.load(url)
        for category in pack.categories {
            for requirement in category.requiredDocuments + category.recommendedDocuments {
                #expect(pack.document(id: requirement.documentID) != nil,
                    "\(category.id): \(requirement.documentID)")
            }
            if !category.isExtendable {
                let text = category.stopText.flatMap { pack.texts[$0] }
                #expect(text?.resolved().isEmpty == false, "\(category.id) has no stop text")
            }
        }
        for field in pack.allFields where field.type == .attachment {
            #expect(field.document.flatMap(pack.document(id:)) != nil, "\(field.id)")
        }
    }

    @Test("every figure has a source, dates and honest values", arguments: packURLs)
    func figuresHaveSources(_ url: URL) throws {
        let pack = try Self.load(url)
        for figure in pack.figures {
            #expect(!figure.provenance.source.isEmpty, "\(figure.id)")
            #expect(!figure.values.isEmpty, "\(figure.id)")
            if figure.provenance.confidence == .conflicting {
                #expect(figure.values.count >= 2, "\(figure.id)")
                #expect(figure.values.allSatisfy { $0.source != nil }, "\(figure.id)")
            } else {
                #expect(figure.values.count == 1, "\(figure.id)")
            }
        }
        for year in pack.holidayYears {
            #expect(!year.provenance.source.isEmpty)
            #expect(year.days.allSatisfy { $0.date.year == year.year })
        }
    }

    @Test("the category field offers exactly the categories", arguments: packURLs)
    func categoryField(_ url: URL) throws {
        let pack = try Self.load(url)
        let field = try #require(pack.categoryFieldID.flatMap(pack.field(id:)))
        #expect(field.type == .singleChoice)
        #expect(field.options.map(\.value) == pack.categories.map(\.id))
        #expect(pack.categories.contains { !$0.isExtendable })
    }

    @Test("the Stay Permit Extension pack covers the domain brief")
    func stayPermitCoverage() throws {
        let pack = try Self.load(FormPackFixtures.formsDirectory
            .appendingPathComponent("stay-permit-extension.yaml"))
        #expect(Set(pack.categories.map(\.id))
            == ["voa", "visit", "itas", "itas-vitas-on-arrival", "itap", "visa-exempt"])
        #expect(pack.category(id: "itas")?.filedBy == .sponsor)
        #expect(pack.category(id: "visa-exempt")?.isExtendable == false)
        #expect(pack.sections.map(\.id) == ["applicant", "passport", "permit", "address",
            "sponsor", "request", "documents", "declaration", "review"])
        let usedTypes = Set(pack.allFields.map(\.type))
        #expect(usedTypes == Set(FieldType.allCases), "unused: \(Set(FieldType.allCases).subtracting(usedTypes))")
        let documents = ["passport", "current-permit", "photo", "guarantee-letter", "sponsor-ktp",
            "company-nib", "company-deed", "company-npwp", "bank-statement", "return-ticket",
            "power-of-attorney", "marriage-certificate", "family-card", "employment-contract",
            "employer-letter", "university-letter", "enrollment-proof", "sktt"]
        for id in documents { #expect(pack.document(id: id) != nil, "\(id)") }
        #expect(pack.fact(id: "sponsor.nik")?.sourceDocumentID == "sponsor-ktp")
        #expect(pack.fact(id: "permit.expiry-date")?.sourceDocumentID == "current-permit")
        #expect(pack.fact(id: "passport.number")?.sourceDocumentID == "passport")
        #expect(Set(pack.rules.map(\.kind)) == Set(RuleKind.allCases))
        #expect(pack.figures.contains { $0.provenance.confidence == .conflicting })
        #expect(pack.holidayYears.map(\.year) == [2026, 2027])
        #expect(pack.holidayYears.first { $0.year == 2027 }?.provenance.confidence == .unverified)
        #expect(pack.holidayYears.first { $0.year == 2026 }?.days
            .contains { $0.kind == .collectiveLeave } == true)
        for text in ["visa-exempt-explanation", "next-steps", "filing-does-not"] {
            #expect(pack.texts[text] != nil, "\(text)")
        }
        #expect(pack.countries.contains(Country(code: "IDN", name: "Indonesia")))
        #expect(pack.countries.count > 240)
    }

    @Test("documents by category and answers in the main pack", arguments: [
        (["permit.category": "voa"], ["passport", "current-permit", "photo"]),
        (["permit.category": "voa", "request.agent": "yes"],
            ["passport", "current-permit", "photo", "power-of-attorney"]),
        (["permit.category": "visit", "permit.visa-index": "c1", "sponsor.kind": "individual"],
            ["passport", "current-permit", "photo", "guarantee-letter", "sponsor-ktp", "return-ticket"]),
        (["permit.category": "itas", "permit.itas-type": "family-indonesian", "sponsor.kind": "individual",
            "permit.extensions-so-far": "three"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter",
                "sponsor-ktp", "sktt", "family-card", "marriage-certificate"]),
        (["permit.category": "itas", "permit.itas-type": "work", "sponsor.kind": "company"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter",
                "rptka", "work-permit-notification", "dkptka-payment"]),
        (["permit.category": "itas", "permit.itas-type": "investor", "sponsor.kind": "company"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter",
                "company-nib", "company-deed", "company-ahu", "business-licence", "company-npwp"]),
        (["permit.category": "itas", "permit.itas-type": "family-foreign-worker", "sponsor.kind": "company"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter",
                "sponsor-itas", "relationship-proof"]),
        (["permit.category": "itas", "permit.itas-type": "child", "sponsor.kind": "individual"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter",
                "sponsor-ktp", "birth-certificate"]),
        (["permit.category": "itas", "permit.itas-type": "student", "sponsor.kind": "company"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter", "study-permit"]),
        (["permit.category": "itas", "permit.itas-type": "researcher", "sponsor.kind": "company"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter", "research-permit"]),
        (["permit.category": "itas", "permit.itas-type": "retirement", "sponsor.kind": "company"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter",
                "insurance", "proof-of-funds", "not-working-statement", "accommodation"]),
        (["permit.category": "itap", "sponsor.kind": "individual", "sponsor.relationship": "spouse"],
            ["passport", "current-permit", "photo", "application-letter", "guarantee-letter",
                "sponsor-ktp", "family-card", "marriage-certificate"]),
        (["permit.category": "visa-exempt"], []),
        (["permit.category": "itas-vitas-on-arrival"], []),
    ])
    func documentsByCategory(_ answers: [String: String], _ expected: [String]) throws {
        let pack = try Self.load(FormPackFixtures.formsDirectory
            .appendingPathComponent("stay-permit-extension.yaml"))
        #expect(pack.requiredDocuments(given: answers).map(\.id) == expected)
    }

    @Test("loading the main pack is fast")
    func loadTime() throws {
        let url = FormPackFixtures.formsDirectory.appendingPathComponent("stay-permit-extension.yaml")
        let clock = ContinuousClock()
        var best = Duration.seconds(60)
        for _ in 0..<5 {
            let elapsed = try clock.measure { _ = try Self.load(url) }
            best = min(best, elapsed)
        }
        print("stay-permit-extension.yaml loads in \(best)")
        #expect(best < .milliseconds(500))
    }
}
