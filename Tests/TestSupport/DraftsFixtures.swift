import StayformCore

/// Small form packs and drafts for the draft tests.
public enum DraftsFixtures {
    /// A field with an English label.
    public static func field(
        _ id: String, _ label: String, type: FieldType = .text, maxLength: Int? = nil, code: String = "1.1"
    ) -> FormField {
        FormField(id: id, code: code, label: LocalizedText(english: label), type: type, maxLength: maxLength)
    }

    /// A pack with one section per entry of `sections` (section id → fields).
    public static func pack(
        id: String = "stay-permit-extension", edition: String = "2026-11",
        sections: [(String, [FormField])] = [("applicant", standardFields)]
    ) -> FormPack {
        FormPack(
            id: id, title: LocalizedText(english: "Stay Permit Extension"), edition: edition,
            sections: sections.enumerated().map { index, section in
                FormSection(
                    id: section.0, code: "\(index + 1)", title: LocalizedText(english: section.0),
                    fields: section.1)
            })
    }

    /// The fields of the default pack.
    public static let standardFields: [FormField] = [
        field("applicant.full-name", "Full name", type: .personName, maxLength: 80),
        field("applicant.passport-number", "Passport number", type: .passportNumber, maxLength: 9),
        field("applicant.birth-date", "Date of birth", type: .date),
        field("applicant.email", "E-mail", type: .email),
    ]

    /// A draft of the default pack with values, restatements, an attachment and a review mark.
    public static func filledDraft() -> Draft {
        var draft = Draft(pack: pack())
        draft.values = [
            "applicant.full-name": "Ana Lima",
            "applicant.passport-number": "P1234567",
            "applicant.birth-date": "1990-03-05",
        ]
        draft.restatements = [
            "passport": ["applicant.full-name": .matches("Ana Lima"), "applicant.passport-number": .differs("P1234S67")],
        ]
        draft.attachments = [
            "passport": [
                Attachment(
                    path: "/home/ana/scans/passport.jpg", size: 183_204, detectedType: "image/jpeg",
                    sha256: String(repeating: "ab", count: 32))
            ]
        ]
        draft.reviewMarks = ["applicant.birth-date": "1990-03-05"]
        draft.position = DraftPosition(section: "applicant", field: "applicant.email")
        draft.createdAt = "2026-11-20T10:00:00Z"
        draft.updatedAt = "2026-11-20T10:05:00Z"
        return draft
    }
}
