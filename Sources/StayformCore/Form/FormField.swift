/// One question of a form, with a stable code shown in the UI (`1.1`) so that a helpdesk can
/// say "go to 1.1".
public struct FormField: Hashable, Sendable, Identifiable {
    /// The stable identifier drafts store values under (`applicant.full-name`).
    public var id: String
    /// The code shown beside the label (`1.1`).
    public var code: String
    public var label: LocalizedText
    public var type: FieldType
    /// Why it is asked, where to find it on the document, common mistakes.
    public var help: LocalizedText
    /// The most characters a value may have; `nil` for the type's default.
    public var maxLength: Int?
    /// Whether an answer is always needed.
    public var isRequired: Bool
    /// When an answer is needed although `isRequired` is false (e.g. only for one category).
    public var requiredWhen: FieldCondition?
    /// When the field is asked at all; `nil` for always.
    public var shownWhen: FieldCondition?
    /// The answers a single or multiple choice offers.
    public var options: [ChoiceOption]
    /// The fact this field states (`applicant.full-name`), checked against its source document.
    public var fact: String?
    /// The document a file attachment field holds.
    public var document: String?
    /// Other wording for a filer other than the applicant (read through
    /// `FormPack.label(of:given:)` and `FormPack.help(of:given:)`).
    public var wordingByFiler: [Filer: Wording]
    /// What the answer must look like beyond its type (format, range, dates).
    public var constraints: FieldConstraints
    /// Whether the answer identifies the person (passport, permit or visa number, NIK, NIB,
    /// NPWP, MRZ), so that the privacy mask (F6) hides it wherever it would be shown.
    public var isMasked: Bool

    public init(
        id: String, code: String, label: LocalizedText, type: FieldType,
        help: LocalizedText = LocalizedText([:]), maxLength: Int? = nil,
        isRequired: Bool = false, requiredWhen: FieldCondition? = nil,
        shownWhen: FieldCondition? = nil, options: [ChoiceOption] = [],
        fact: String? = nil, document: String? = nil, wordingByFiler: [Filer: Wording] = [:],
        constraints: FieldConstraints = FieldConstraints(), isMasked: Bool = false
    ) {
        self.id = id
        self.code = code
        self.label = label
        self.type = type
        self.help = help
        self.maxLength = maxLength
        self.isRequired = isRequired
        self.requiredWhen = requiredWhen
        self.shownWhen = shownWhen
        self.options = options
        self.fact = fact
        self.document = document
        self.wordingByFiler = wordingByFiler
        self.constraints = constraints
        self.isMasked = isMasked
    }
}
