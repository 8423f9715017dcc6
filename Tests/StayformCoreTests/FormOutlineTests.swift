import StayformCore
import Testing

@Suite("Form pack outline and figures")
struct FormOutlineTests {
    static let checked = CalendarDate(iso8601: "2026-11-21") ?? CalendarDate(daysSinceEpoch: 0)

    static let pack = FormPack(
        id: "demo", title: LocalizedText(["en": "Demo", "id": "Contoh"]), edition: "2026-11",
        sections: [
            FormSection(id: "applicant", code: "1", title: LocalizedText(english: "Applicant"),
                fields: [
                    FormField(id: "applicant.full-name", code: "1.1",
                        label: LocalizedText(english: "Full name"), type: .personName,
                        isRequired: true, fact: "name"),
                    FormField(id: "kind", code: "1.2", label: LocalizedText(english: "Kind"),
                        type: .singleChoice,
                        options: [ChoiceOption(value: "voa", label: LocalizedText(english: "VOA"))]),
                ])
        ],
        categoryFieldID: "kind",
        categories: [
            PermitCategory(id: "voa", label: LocalizedText(english: "VOA"), filedBy: .applicant,
                requiredDocuments: [DocumentRequirement(documentID: "passport"),
                    DocumentRequirement(documentID: "poa",
                        when: .equals(field: "agent", value: "yes"))])
        ],
        documents: [
            SupportingDocument(id: "passport", label: LocalizedText(english: "Passport"),
                shows: ["name"])
        ],
        facts: [Fact(id: "name", label: LocalizedText(english: "Name"), sourceDocumentID: "passport",
            normalizer: .personName)],
        rules: [CheckRule(id: "name-matches", kind: .sameValue, severity: .error,
            message: LocalizedText(english: "Names differ."), parameters: ["fact": .name("name")])],
        figures: [
            Figure(id: "fee", kind: .fee, label: LocalizedText(english: "Fee"),
                values: [FigureValue(amount: 750_000, unit: .idr, source: "PP 28/2019"),
                    FigureValue(amount: 2_000_000, unit: .idr, source: "PMK 9/2022")],
                provenance: Provenance(source: "two sources", effectiveDate: nil,
                    lastChecked: checked, confidence: .conflicting))
        ],
        texts: ["next-steps": LocalizedText(english: "Pay within a day.")])

    @Test("the outline shows every part of the pack", arguments: [
        "Demo (demo), edition 2026-11",
        "1 Applicant [applicant]",
        "1.1 Full name <person-name> [applicant.full-name] — required; states name",
        "options: voa (VOA)",
        "VOA [voa]: filed by applicant",
        "- Passport\n",
        "- poa — when agent = yes",
        "shows Name (source of truth)",
        "Name [name] ← Passport; compared as person-name; fields 1.1",
        "name-matches [same-value, error] fact=name",
        "Fee [fee, fee]: IDR 750,000 (PP 28/2019) or IDR 2,000,000 (PMK 9/2022) — CONFLICTING",
        "effective: unknown; last checked: 21 Nov 2026; confidence: conflicting",
        "[next-steps]\n    Pay within a day.",
    ])
    func outlineShows(_ expected: String) {
        let outline = Self.pack.outline()
        #expect(outline.contains(expected), "\(outline)")
    }

    @Test("the outline uses the requested language")
    func language() {
        #expect(Self.pack.outline(language: "id").hasPrefix("Contoh (demo)"))
    }

    @Test("the outline's own words, dates and money in Indonesian; ids and codes unchanged", arguments: [
        "Contoh (demo), edisi 2026-11",
        "1.1 Full name <person-name> [applicant.full-name] — wajib; menyatakan name",
        "pilihan: voa (VOA)",
        "VOA [voa]: diajukan oleh applicant",
        "- poa — bila agent = yes",
        "memuat Name (sumber kebenaran)",
        "Name [name] ← Passport; dibandingkan sebagai person-name; isian 1.1",
        "Rp750.000 (PP 28/2019) atau Rp2.000.000 (PMK 9/2022) — SUMBER BERBEDA-BEDA",
        "berlaku: tidak diketahui; terakhir diperiksa: 21 Nov 2026; tingkat kepastian: sumber berbeda-beda",
    ])
    func outlineInIndonesian(_ expected: String) {
        let outline = Self.pack.outline(language: "id")
        #expect(outline.contains(expected), "\(outline)")
    }

    @Test("figure values as shown", arguments: [
        (FigureValue(amount: 500_000, unit: .idr), "IDR 500,000"),
        (FigureValue(amount: 2_000, unit: .usd), "USD 2,000"),
        (FigureValue(amount: 14, unit: .days), "14 days"),
        (FigureValue(amount: 2_097_152, unit: .bytes), "2,097,152 bytes"),
        (FigureValue(amount: 100, unit: .times), "100 times"),
        (FigureValue(items: ["jpeg", "png"]), "jpeg, png"),
    ])
    func figureValue(_ value: FigureValue, _ expected: String) {
        #expect(value.displayString == expected)
    }

    @Test("a figure has one amount only when its sources agree")
    func figureAmount() {
        #expect(Self.pack.figure(id: "fee")?.amount == nil)
        var single = Self.pack.figures[0]
        single.values = [FigureValue(amount: 500_000, unit: .idr)]
        #expect(single.amount == 500_000)
    }

    @Test("lookups and required documents")
    func lookups() {
        let pack = Self.pack
        #expect(pack.fields(statingFact: "name").map(\.id) == ["applicant.full-name"])
        #expect(pack.rule(id: "name-matches")?.parameters["fact"]?.name == "name")
        let voa = pack.category(id: "voa")
        #expect(voa?.requiredDocumentIDs(given: [:]) == ["passport"])
        #expect(voa?.requiredDocumentIDs(given: ["agent": "yes"]) == ["passport", "poa"])
        #expect(Severity.info < Severity.warning && Severity.warning < Severity.error)
    }

    @Test("documents of the chosen category", arguments: [
        ([:], [String]()),
        (["kind": "itas"], []),
        (["kind": "voa"], ["passport"]),
        (["kind": "voa", "agent": "yes"], ["passport"]),  // `poa` is not a defined document
    ])
    func categoryDocuments(_ answers: [String: String], _ expected: [String]) {
        #expect(Self.pack.requiredDocuments(given: answers).map(\.id) == expected)
        #expect(Self.pack.recommendedDocuments(given: answers).isEmpty)
        #expect((Self.pack.selectedCategory(given: answers) != nil) == (answers["kind"] == "voa"))
    }
}
