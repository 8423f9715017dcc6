import StayformCore

/// A small pack built in code with one rule of every kind, so that cross-check tests do not
/// change when the shipped pack does. Its figures mix confirmed and unverified confidence.
public enum CrossCheckFixtures {
    public static let pack = FormPack(
        id: "cross-check-sample", title: LocalizedText(english: "Cross-check sample"), edition: "test",
        sections: [
            FormSection(id: "applicant", code: "1", title: text("Applicant"), fields: [
                field("applicant.full-name", "1.1", .personName, required: true, fact: "applicant.full-name"),
                field("applicant.birth-date", "1.2", .date, required: true, fact: "applicant.birth-date"),
                field("applicant.sex", "1.3", .sex, fact: "applicant.sex"),
                field("applicant.email", "1.4", .email, required: true),
                field("applicant.email-confirmation", "1.5", .email, required: true),
                field("applicant.phone", "1.6", .phone),
                field("applicant.nationality", "1.7", .country, fact: "applicant.nationality"),
            ]),
            FormSection(id: "passport", code: "2", title: text("Passport"), fields: [
                field("passport.mrz", "2.1", .mrz),
                field("passport.number", "2.2", .passportNumber, required: true, fact: "passport.number"),
                field("passport.expiry-date", "2.3", .date, required: true, fact: "passport.expiry-date"),
                field("passport.issuing-country", "2.4", .country),
            ]),
            FormSection(id: "permit", code: "3", title: text("Permit"), fields: [
                FormField(
                    id: "permit.category", code: "3.1", label: text("Category"), type: .singleChoice,
                    isRequired: true, options: options("voa", "visit")),
                field("permit.passport-number", "3.2", .passportNumber, fact: "passport.number"),
                field("permit.arrival-date", "3.3", .date),
                field("permit.expiry-date", "3.4", .date, required: true, fact: "permit.expiry-date"),
                FormField(
                    id: "permit.extensions-so-far", code: "3.5", label: text("Extensions so far"),
                    type: .singleChoice, options: options("none", "one", "two")),
                field("request.duration", "3.6", .duration),
            ]),
            FormSection(
                id: "sponsor", code: "4", title: text("Sponsor"),
                fields: [
                    FormField(
                        id: "sponsor.name", code: "4.1", label: text("Sponsor's name"), type: .personName,
                        requiredWhen: visit, fact: "sponsor.name"),
                    field("sponsor.nik", "4.2", .nik, fact: "sponsor.nik"),
                    field("sponsor.birth-date", "4.3", .date),
                    field("sponsor.sex", "4.4", .sex),
                ],
                shownWhen: visit),
            FormSection(id: "documents", code: "5", title: text("Documents"), fields: [
                FormField(id: "doc.passport", code: "5.1", label: text("Passport"), type: .attachment, document: "passport"),
                FormField(id: "doc.permit", code: "5.2", label: text("Permit"), type: .attachment, document: "current-permit"),
                FormField(id: "doc.photo", code: "5.3", label: text("Photo"), type: .attachment, document: "photo"),
                FormField(id: "doc.letter", code: "5.4", label: text("Letter"), type: .attachment, document: "guarantee-letter"),
            ]),
        ],
        categoryFieldID: "permit.category",
        categories: [
            PermitCategory(
                id: "voa", label: text("VOA"),
                requiredDocuments: [.init(documentID: "passport"), .init(documentID: "current-permit"), .init(documentID: "photo")]),
            PermitCategory(
                id: "visit", label: text("Visit"),
                requiredDocuments: [
                    .init(documentID: "passport"), .init(documentID: "current-permit"), .init(documentID: "photo"),
                    .init(documentID: "guarantee-letter"),
                ]),
        ],
        documents: [
            SupportingDocument(id: "passport", label: text("Passport")),
            SupportingDocument(id: "current-permit", label: text("Current permit")),
            SupportingDocument(id: "photo", label: text("Photo")),
            SupportingDocument(id: "guarantee-letter", label: text("Guarantee letter")),
            SupportingDocument(id: "sponsor-ktp", label: text("Sponsor's e-KTP")),
        ],
        facts: [
            Fact(id: "applicant.full-name", label: text("Name"), sourceDocumentID: "passport", normalizer: .personName),
            Fact(id: "applicant.birth-date", label: text("Birth date"), sourceDocumentID: "passport", normalizer: .date),
            Fact(id: "applicant.sex", label: text("Sex"), sourceDocumentID: "passport"),
            Fact(id: "applicant.nationality", label: text("Nationality"), sourceDocumentID: "passport"),
            Fact(id: "passport.number", label: text("Passport number"), sourceDocumentID: "passport", normalizer: .passportNumber),
            Fact(id: "passport.expiry-date", label: text("Passport expiry"), sourceDocumentID: "passport", normalizer: .date),
            Fact(id: "permit.expiry-date", label: text("Permit expiry"), sourceDocumentID: "current-permit", normalizer: .date),
            Fact(id: "sponsor.name", label: text("Sponsor's name"), sourceDocumentID: "sponsor-ktp", normalizer: .personName),
            Fact(id: "sponsor.nik", label: text("Sponsor's NIK"), sourceDocumentID: "sponsor-ktp", normalizer: .digits),
        ],
        rules: [
            rule("name", .sameValue, .error, ["fact": .name("applicant.full-name")]),
            rule("birth-date", .sameValue, .error, ["fact": .name("applicant.birth-date")]),
            rule("passport-number", .sameValue, .error, ["fact": .name("passport.number")]),
            rule("sponsor-name", .sameValue, .error, ["fact": .name("sponsor.name")], when: visit),
            rule("sponsor-nik", .sameValue, .error, ["fact": .name("sponsor.nik")], when: visit),
            rule("window", .filingWindow, .error, [
                "expiry-field": .name("permit.expiry-date"), "opens-days-before": .name("window-opens"),
                "closes": .name("window-closes"),
            ]),
            rule("days-left", .daysToExpiry, .warning, [
                "expiry-field": .name("permit.expiry-date"), "warn-days": .name("advised-days"),
            ]),
            rule("expired", .expiredPermit, .error, [
                "expiry-field": .name("permit.expiry-date"), "overstay-charge": .name("overstay-charge"),
                "deportation-after": .name("deportation-after"),
            ]),
            rule("passport-validity", .passportValidity, .error, [
                "passport-expiry-field": .name("passport.expiry-date"), "permit-expiry-field": .name("permit.expiry-date"),
                "duration-field": .name("request.duration"), "margin": .name("passport-margin"),
            ]),
            rule("voa-once", .extensionCap, .error, [
                "category": .name("voa"), "cap": .name("voa-cap"), "count-field": .name("permit.extensions-so-far"),
            ], when: .equals(field: "permit.category", value: "voa")),
            rule("voa-stay-end", .stayEnd, .error, [
                "arrival-field": .name("permit.arrival-date"), "expiry-field": .name("permit.expiry-date"),
                "count-field": .name("permit.extensions-so-far"), "stay-days": .name("voa-stay"),
                "extension-days": .name("voa-extension"),
            ], when: .equals(field: "permit.category", value: "voa")),
            rule("visit-180", .extensionCap, .error, [
                "category": .name("visit"), "cap": .name("visit-cap"), "arrival-field": .name("permit.arrival-date"),
                "expiry-field": .name("permit.expiry-date"), "duration-field": .name("request.duration"),
            ], when: visit),
            rule("required-fields", .requiredFields, .error),
            rule("required-documents", .requiredDocuments, .error),
            rule("exists", .attachmentExists, .error),
            rule("size", .attachmentSize, .error, ["max-size": .name("document-max")]),
            rule("photo-size", .attachmentSize, .error, ["max-size": .name("photo-max"), "documents": .names(["photo"])]),
            rule("type", .attachmentType, .error, ["types": .name("document-types")]),
            rule("photo-type", .attachmentType, .error, ["types": .name("photo-types"), "documents": .names(["photo"])]),
            rule("pixels", .photoPixels, .error, [
                "field": .name("doc.photo"), "min-width": .name("photo-width"), "min-height": .name("photo-height"),
            ]),
            rule("digest", .attachmentDigest, .info),
            rule("mrz", .mrz, .error, [
                "mrz-field": .name("passport.mrz"), "name-field": .name("applicant.full-name"),
                "number-field": .name("passport.number"), "birth-date-field": .name("applicant.birth-date"),
                "sex-field": .name("applicant.sex"), "expiry-field": .name("passport.expiry-date"),
                "nationality-field": .name("applicant.nationality"),
                "issuing-country-field": .name("passport.issuing-country"),
            ], when: .isSet(field: "passport.mrz", true)),
            rule("nik", .nik, .error, [
                "nik-field": .name("sponsor.nik"), "birth-date-field": .name("sponsor.birth-date"),
                "sex-field": .name("sponsor.sex"),
            ], when: visit),
            rule("email", .emailConfirmation, .error, [
                "field": .name("applicant.email"), "confirmation-field": .name("applicant.email-confirmation"),
            ]),
            rule("phone", .phoneFormat, .warning, ["fields": .names(["applicant.phone"])]),
        ],
        figures: [
            figure("window-opens", .deadline, [FigureValue(amount: 14, unit: .days)], .unverified),
            figure("window-closes", .deadline, [FigureValue(items: ["last-working-day-before-expiry"])], .unverified),
            figure("advised-days", .deadline, [FigureValue(amount: 7, unit: .days)], .unverified),
            figure("overstay-charge", .penalty, [FigureValue(amount: 1_000_000, unit: .idr)], .unverified),
            figure("deportation-after", .penalty, [FigureValue(amount: 60, unit: .days)], .confirmed),
            figure("passport-margin", .limit, [FigureValue(amount: 180, unit: .days)], .unverified),
            figure("voa-stay", .duration, [FigureValue(amount: 30, unit: .days)], .confirmed),
            figure("voa-extension", .duration, [FigureValue(amount: 30, unit: .days)], .confirmed),
            figure("voa-cap", .cap, [FigureValue(amount: 1, unit: .times)], .confirmed),
            figure("visit-cap", .cap, [FigureValue(amount: 180, unit: .days)], .unverified),
            figure("photo-max", .limit, [FigureValue(amount: 1000, unit: .bytes)], .confirmed),
            figure("document-max", .limit, [FigureValue(amount: 5000, unit: .bytes)], .unverified),
            figure("photo-types", .limit, [FigureValue(items: ["jpeg", "png"])], .confirmed),
            figure("document-types", .limit, [FigureValue(items: ["pdf", "jpeg", "png"])], .unverified),
            figure("photo-width", .limit, [FigureValue(amount: 400, unit: .pixels)], .confirmed),
            figure("photo-height", .limit, [FigureValue(amount: 600, unit: .pixels)], .confirmed),
        ],
        holidayYears: [
            HolidayYear(
                year: 2026,
                provenance: Provenance(source: "test", effectiveDate: nil, lastChecked: date(2026, 1, 1), confidence: .confirmed),
                days: [
                    Holiday(date: date(2026, 12, 24), name: text("Christmas leave"), kind: .collectiveLeave),
                    Holiday(date: date(2026, 12, 25), name: text("Christmas"), kind: .holiday),
                ]),
        ])

    /// A complete VOA draft with no blocking finding on `today` 2026-11-21 (permit ending
    /// 2026-11-30, passport 2031), the files given as `CrossCheckFixtures.files`.
    public static var cleanDraft: Draft {
        var draft = Draft(pack: pack)
        draft.values = [
            "applicant.full-name": "MÜLLER Hans", "applicant.birth-date": "1985-07-14", "applicant.sex": "M",
            "applicant.email": "hans@example.org", "applicant.email-confirmation": "hans@example.org",
            "applicant.phone": "+49 151 23456789", "applicant.nationality": "DEU",
            "passport.number": "C4JN12K57", "passport.expiry-date": "2031-03-09", "passport.issuing-country": "DEU",
            "permit.category": "voa", "permit.passport-number": "C4JN12K57", "permit.arrival-date": "2026-11-01",
            "permit.expiry-date": "2026-11-30", "permit.extensions-so-far": "none", "request.duration": "30",
        ]
        draft.attachments = [
            "passport": [Attachment(path: "passport.pdf", size: 300, detectedType: "application/pdf", sha256: "aa")],
            "current-permit": [Attachment(path: "permit.pdf", size: 300, detectedType: "application/pdf", sha256: "bb")],
            "photo": [Attachment(path: "photo.png", size: 900, detectedType: "image/png", sha256: "cc")],
        ]
        return draft
    }

    /// What was read from the clean draft's files.
    public static let files: [String: AttachmentFacts] = [
        "passport.pdf": AttachmentFacts(isReadable: true, size: 300, kind: .pdf, sha256: "aa"),
        "permit.pdf": AttachmentFacts(isReadable: true, size: 300, kind: .pdf, sha256: "bb"),
        "photo.png": AttachmentFacts(
            isReadable: true, size: 900, kind: .png, pixelSize: PixelSize(width: 400, height: 600), sha256: "cc"),
    ]

    /// The day the clean draft is clean on.
    public static let today = date(2026, 11, 21)

    public static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("not a date: \(year)-\(month)-\(day)")
        }
        return date
    }

    private static let visit = FieldCondition.equals(field: "permit.category", value: "visit")

    private static func text(_ english: String) -> LocalizedText { LocalizedText(english: english) }

    private static func options(_ values: String...) -> [ChoiceOption] {
        values.map { ChoiceOption(value: $0, label: text($0)) }
    }

    private static func field(
        _ id: String, _ code: String, _ type: FieldType, required: Bool = false, fact: String? = nil
    ) -> FormField {
        FormField(id: id, code: code, label: text(id), type: type, isRequired: required, fact: fact)
    }

    private static func rule(
        _ id: String, _ kind: RuleKind, _ severity: Severity, _ parameters: [String: RuleParameter] = [:],
        when: FieldCondition? = nil
    ) -> CheckRule {
        CheckRule(id: id, kind: kind, severity: severity, message: text("Advice for \(id)."), parameters: parameters, when: when)
    }

    private static func figure(_ id: String, _ kind: FigureKind, _ values: [FigureValue], _ confidence: Confidence) -> Figure {
        Figure(
            id: id, kind: kind, label: text(id), values: values,
            provenance: Provenance(source: "test", effectiveDate: nil, lastChecked: date(2026, 11, 1), confidence: confidence))
    }
}
