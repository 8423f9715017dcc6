import StayformCore

/// Small form packs built in code, so that wizard tests do not change when the shipped pack does.
public enum SampleForms {
    /// Two sections (applicant; passport) like the start of the Stay Permit Extension, and an
    /// empty third section.
    public static let applicantAndPassport = FormPack(
        id: "sample",
        title: LocalizedText(english: "Sample Extension"),
        edition: "2026-test",
        sections: [
            FormSection(
                id: "applicant", code: "1", title: LocalizedText(english: "Applicant"),
                fields: [
                    field("applicant.full-name", "1.1", "Full name (as on the passport)", .personName,
                        help: "Copy it exactly as printed on the passport's photo page.", maxLength: 40),
                    field("applicant.sex", "1.2", "Sex", .sex),
                    field("applicant.date-of-birth", "1.3", "Date of birth", .date),
                ]),
            FormSection(
                id: "passport", code: "2", title: LocalizedText(english: "Passport"),
                fields: [
                    field("passport.number", "2.1", "Passport number", .passportNumber),
                    field("passport.expiry-date", "2.2", "Date of expiry", .date),
                ]),
            FormSection(id: "review", code: "3", title: LocalizedText(english: "Review"), fields: []),
        ])

    /// A pack with one section of `count` fields, for scrolling and size tests.
    public static func longSection(fieldCount count: Int) -> FormPack {
        FormPack(
            id: "long", title: LocalizedText(english: "Long Form"), edition: "1",
            sections: [
                FormSection(
                    id: "only", code: "1", title: LocalizedText(english: "Everything"),
                    fields: (1...count).map { field("f\($0)", "1.\($0)", "Field number \($0)", .text) })
            ])
    }

    private static func field(
        _ id: String, _ code: String, _ label: String, _ type: FieldType, help: String = "", maxLength: Int? = nil
    ) -> FormField {
        FormField(
            id: id, code: code, label: LocalizedText(english: label), type: type,
            help: LocalizedText(english: help), maxLength: maxLength)
    }
}
