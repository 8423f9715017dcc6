/// The checks the cross-check engine knows how to run; a pack's rules pick one and give it
/// parameters.
public enum RuleKind: String, Hashable, Sendable, CaseIterable {
    /// Every field stating a fact agrees with its source document, after normalizing.
    case sameValue = "same-value"
    /// Warns as the permit's expiry approaches.
    case daysToExpiry = "days-to-expiry"
    /// Filing opens N days before expiry and closes on the last working day before it.
    case filingWindow = "filing-window"
    /// An expired permit blocks online filing; estimates the overstay charge.
    case expiredPermit = "expired-permit"
    /// The stay's last day counted from the entry stamp (arrival is day 1) agrees with the
    /// expiry typed; for e-VOA and e-Visa, whose printed "valid until" is the last day to enter.
    case stayEnd = "stay-end"
    /// The passport must outlast the requested end of stay by a margin.
    case passportValidity = "passport-validity"
    /// Caps: a VOA extends once, a visit stay at most 180 days in all.
    case extensionCap = "extension-cap"
    /// Every required field (by category and answers) has an answer.
    case requiredFields = "required-fields"
    /// Every document the category requires is attached.
    case requiredDocuments = "required-documents"
    /// Each attached file exists and can be read.
    case attachmentExists = "attachment-exists"
    /// Each attached file is within the upload size limit.
    case attachmentSize = "attachment-size"
    /// Each attached file's type, read from its first bytes, is accepted.
    case attachmentType = "attachment-type"
    /// The photo has at least the minimum width and height in pixels.
    case photoPixels = "photo-pixels"
    /// Records each attachment's SHA-256 so a changed file is noticed.
    case attachmentDigest = "attachment-digest"
    /// The MRZ parses, its check digits hold and it restates the typed fields.
    case mrz
    /// A NIK has 16 digits and matches the sponsor's birth date and sex.
    case nik
    /// The e-mail address typed twice is the same.
    case emailConfirmation = "email-confirmation"
    /// A phone number is in international format (+62…).
    case phoneFormat = "phone-format"
    /// Every answer given can be right: a readable, unambiguous date in its bounds, an e-mail
    /// address with a real domain, a number, one of a choice's options, the field's format and
    /// length from the pack.
    case validAnswers = "valid-answers"
    /// A number answer is within the range a category allows, from the pack's figures.
    case valueRange = "value-range"
    /// The chosen permit category can be extended at all.
    case extendableCategory = "extendable-category"

    /// The parameters this kind takes, by name.
    public var parameters: [String: RuleParameterSpec] {
        switch self {
        case .sameValue:
            ["fact": .required(.fact), "normalizer": .optional(.normalizer)]
        case .daysToExpiry:
            ["expiry-field": .required(.field), "warn-days": .required(.figure)]
        case .filingWindow:
            ["expiry-field": .required(.field), "opens-days-before": .required(.figure),
             "closes": .required(.figure)]
        case .expiredPermit:
            ["expiry-field": .required(.field), "overstay-charge": .required(.figure),
             "deportation-after": .required(.figure)]
        case .stayEnd:
            ["arrival-field": .required(.field), "expiry-field": .required(.field),
             "count-field": .required(.field), "stay-days": .required(.figure),
             "extension-days": .required(.figure)]
        case .passportValidity:
            ["passport-expiry-field": .required(.field), "permit-expiry-field": .required(.field),
             "duration-field": .required(.field), "margin": .optional(.figure)]
        case .extensionCap:
            ["category": .required(.category), "cap": .required(.figure),
             "count-field": .optional(.field), "arrival-field": .optional(.field),
             "expiry-field": .optional(.field), "duration-field": .optional(.field)]
        case .requiredFields, .requiredDocuments, .attachmentExists, .attachmentDigest:
            [:]
        case .attachmentSize:
            ["max-size": .required(.figure), "documents": .optional(.documents)]
        case .attachmentType:
            ["types": .required(.figure), "documents": .optional(.documents)]
        case .photoPixels:
            ["field": .required(.field), "min-width": .required(.figure),
             "min-height": .required(.figure)]
        case .mrz:
            ["mrz-field": .required(.field), "name-field": .optional(.field),
             "number-field": .optional(.field), "nationality-field": .optional(.field),
             "issuing-country-field": .optional(.field), "birth-date-field": .optional(.field),
             "sex-field": .optional(.field), "expiry-field": .optional(.field)]
        case .nik:
            ["nik-field": .required(.field), "birth-date-field": .optional(.field),
             "sex-field": .optional(.field)]
        case .emailConfirmation:
            ["field": .required(.field), "confirmation-field": .required(.field)]
        case .phoneFormat:
            ["fields": .required(.fields)]
        case .validAnswers, .extendableCategory:
            [:]
        case .valueRange:
            ["field": .required(.field), "min": .optional(.figure), "max": .optional(.figure)]
        }
    }
}

/// What a rule parameter must name, and whether it may be left out.
public struct RuleParameterSpec: Hashable, Sendable {
    public var kind: RuleParameterKind
    public var isRequired: Bool

    public static func required(_ kind: RuleParameterKind) -> RuleParameterSpec {
        RuleParameterSpec(kind: kind, isRequired: true)
    }

    public static func optional(_ kind: RuleParameterKind) -> RuleParameterSpec {
        RuleParameterSpec(kind: kind, isRequired: false)
    }
}

/// What a rule parameter names.
public enum RuleParameterKind: String, Hashable, Sendable {
    case field
    case fields
    case fact
    case figure
    case documents
    case category
    case normalizer
}
