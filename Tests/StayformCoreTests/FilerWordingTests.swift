import StayformCore
import Testing

/// Labels and help resolve in one place for the person who files: the chosen category's filer
/// picks the field's or document's `by-filer` wording, else its own.
@Suite struct FilerWordingTests {
    static let relationship = FormField(
        id: "sponsor.relationship", code: "5.6", label: LocalizedText(english: "The sponsor is the applicant's"),
        type: .singleChoice, help: LocalizedText(english: "How the sponsor is related to the applicant."),
        wordingByFiler: [.sponsor: Wording(label: LocalizedText(english: "You are the applicant's"))])
    static let letter = SupportingDocument(
        id: "power-of-attorney", label: LocalizedText(english: "Power of attorney"),
        help: LocalizedText(english: "Signed by you."),
        wordingByFiler: [.sponsor: Wording(help: LocalizedText(english: "Signed by you as sponsor."))])
    static let pack = FormPack(
        id: "wording", title: LocalizedText(english: "Wording"), edition: "1",
        sections: [
            FormSection(id: "permit", code: "1", title: LocalizedText(english: "Permit"), fields: [
                FormField(id: "permit.category", code: "1.1", label: LocalizedText(english: "Permit"), type: .singleChoice),
                relationship,
            ])
        ],
        categoryFieldID: "permit.category",
        categories: [
            PermitCategory(id: "visit", label: LocalizedText(english: "Visit"), filedBy: .applicant),
            PermitCategory(id: "itas", label: LocalizedText(english: "ITAS"), filedBy: .sponsor),
        ],
        documents: [letter])

    @Test(arguments: [
        ([:], Filer.applicant, "The sponsor is the applicant's", "Signed by you."),
        (["permit.category": "visit"], .applicant, "The sponsor is the applicant's", "Signed by you."),
        (["permit.category": "itas"], .sponsor, "You are the applicant's", "Signed by you as sponsor."),
        (["permit.category": "unknown"], .applicant, "The sponsor is the applicant's", "Signed by you."),
    ] as [([String: String], Filer, String, String)])
    func wordingFollowsTheFiler(values: [String: String], filer: Filer, label: String, documentHelp: String) {
        let pack = Self.pack
        #expect(pack.filer(given: values) == filer)
        #expect(pack.label(of: Self.relationship, given: values).resolved() == label)
        // A filer wording without help keeps the field's own help.
        #expect(pack.help(of: Self.relationship, given: values).resolved() == "How the sponsor is related to the applicant.")
        #expect(pack.help(of: Self.letter, given: values).resolved() == documentHelp)
        #expect(pack.label(of: Self.letter, given: values).resolved() == "Power of attorney")
    }
}
