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
                        help: "Copy it exactly as printed on the passport's photo page.", maxLength: 40,
                        required: true),
                    field("applicant.sex", "1.2", "Sex", .sex, required: true),
                    field("applicant.date-of-birth", "1.3", "Date of birth", .date, required: true),
                ]),
            FormSection(
                id: "passport", code: "2", title: LocalizedText(english: "Passport"),
                fields: [
                    field("passport.number", "2.1", "Passport number", .passportNumber, required: true, masked: true),
                    field("passport.expiry-date", "2.2", "Date of expiry", .date, required: true),
                ]),
            FormSection(id: "review", code: "3", title: LocalizedText(english: "Review"), fields: []),
        ],
        rules: [missingAnswers])

    /// A pack that starts with a permit category (one of them not extendable), with choice,
    /// yes/no, date and conditional fields; its texts in English and Indonesian.
    public static let withCategories = FormPack(
        id: "branching", title: LocalizedText(["en": "Branching Extension", "id": "Perpanjangan Bercabang"]), edition: "2026-test",
        sections: [
            FormSection(
                id: "permit", code: "1", title: LocalizedText(["en": "Permit", "id": "Izin Tinggal"]),
                fields: [
                    FormField(
                        id: "permit.category", code: "1.1", label: LocalizedText(["en": "Permit you hold", "id": "Izin yang Anda pegang"]),
                        type: .singleChoice, isRequired: true,
                        options: [
                            ChoiceOption(value: "voa", label: LocalizedText(["en": "Visa on Arrival", "id": "Visa on Arrival (VoA)"])),
                            ChoiceOption(value: "visit", label: LocalizedText(["en": "Visit visa", "id": "Visa kunjungan"])),
                            ChoiceOption(value: "exempt", label: LocalizedText(["en": "Visa-exempt entry", "id": "Masuk bebas visa"])),
                        ]),
                    FormField(
                        id: "permit.expiry", code: "1.2", label: LocalizedText(["en": "Permit expires", "id": "Izin berakhir"]),
                        type: .date, isRequired: true),
                    FormField(
                        id: "permit.agent", code: "1.3", label: LocalizedText(["en": "Is an agent filing?", "id": "Apakah diajukan oleh agen?"]),
                        type: .yesNo, isRequired: true),
                    FormField(
                        id: "permit.agent-name", code: "1.4", label: LocalizedText(["en": "Agent's name", "id": "Nama agen"]),
                        type: .personName, requiredWhen: .equals(field: "permit.agent", value: "yes"),
                        shownWhen: .equals(field: "permit.agent", value: "yes")),
                    FormField(
                        id: "permit.nationality", code: "1.5", label: LocalizedText(["en": "Nationality", "id": "Kewarganegaraan"]),
                        type: .country),
                ]),
            FormSection(
                id: "sponsor", code: "2", title: LocalizedText(["en": "Sponsor", "id": "Penjamin"]),
                fields: [
                    FormField(
                        id: "sponsor.name", code: "2.1", label: LocalizedText(["en": "Sponsor's name", "id": "Nama Penjamin"]),
                        type: .personName, isRequired: true)
                ],
                shownWhen: .equals(field: "permit.category", value: "visit")),
            FormSection(
                id: "final", code: "3", title: LocalizedText(["en": "Declaration", "id": "Pernyataan"]),
                fields: [
                    FormField(
                        id: "final.agree", code: "3.1", label: LocalizedText(["en": "I declare it is true", "id": "Saya menyatakan ini benar"]),
                        type: .yesNo, isRequired: true)
                ]),
        ],
        categoryFieldID: "permit.category",
        categories: [
            PermitCategory(id: "voa", label: LocalizedText(["en": "Visa on Arrival", "id": "Visa on Arrival (VoA)"]),
                help: LocalizedText(["en": "Extends once by 30 days.", "id": "Dapat diperpanjang sekali selama 30 hari."])),
            PermitCategory(id: "visit", label: LocalizedText(["en": "Visit visa", "id": "Visa kunjungan"]),
                help: LocalizedText(["en": "Extends by 60 days at a time.", "id": "Diperpanjang 60 hari setiap kali."])),
            PermitCategory(id: "exempt", label: LocalizedText(["en": "Visa-exempt entry", "id": "Masuk bebas visa"]),
                help: LocalizedText(["en": "Cannot be extended.", "id": "Tidak dapat diperpanjang."]), isExtendable: false, filedBy: .nobody,
                stopText: "exempt-explanation"),
        ],
        rules: [missingAnswers, validAnswers, extendableCategory],
        texts: ["exempt-explanation": LocalizedText(["en": "Visa-exempt entry cannot be extended. Leave before it ends, or apply for a visa.", "id": "Masuk bebas visa tidak dapat diperpanjang. Keluarlah sebelum masa berlakunya habis, atau ajukan visa."])],
        countries: [
            Country(code: "DEU", name: "Germany"), Country(code: "IDN", name: "Indonesia"),
            Country(code: "NLD", name: "Netherlands"), Country(code: "VNM", name: "Viet Nam"),
        ])

    /// Missing answers are findings in every sample pack, as the pack format requires.
    static let missingAnswers = CheckRule(
        id: "required-fields", kind: .requiredFields, severity: .error,
        message: LocalizedText(english: "A required answer is missing."))

    /// Every answer is checked as the shipped pack checks it.
    static let validAnswers = CheckRule(
        id: "valid-answers", kind: .validAnswers, severity: .error,
        message: LocalizedText(english: "Correct the answer."))

    /// A category that cannot be extended blocks, as in the shipped pack.
    static let extendableCategory = CheckRule(
        id: "category-extendable", kind: .extendableCategory, severity: .error,
        message: LocalizedText(english: "This permit cannot be extended."))

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
        _ id: String, _ code: String, _ label: String, _ type: FieldType, help: String = "", maxLength: Int? = nil,
        required: Bool = false, masked: Bool = false
    ) -> FormField {
        FormField(
            id: id, code: code, label: LocalizedText(english: label), type: type,
            help: LocalizedText(english: help), maxLength: maxLength, isRequired: required, isMasked: masked)
    }
}
