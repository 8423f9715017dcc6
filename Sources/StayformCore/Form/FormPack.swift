/// Everything stayform knows about one form, loaded from data: its sections and fields, the
/// permit categories it branches on, the documents and the facts they show, the cross-check
/// rules, the figures (fees, deadlines, limits) with their sources, holidays and texts.
///
///     let pack: FormPack = …                      // from FormPackLoader
///     pack.field(id: "applicant.full-name")?.code // "1.1"
///     pack.category(id: "visa-exempt")?.isExtendable // false
public struct FormPack: Hashable, Sendable, Identifiable {
    /// The pack's stable identifier (`stay-permit-extension`).
    public var id: String
    public var title: LocalizedText
    /// The edition of the rules this pack describes (`2026-11`); drafts record it.
    public var edition: String
    /// The day this edition's rules took effect.
    public var effectiveDate: CalendarDate?
    /// The languages the pack's texts are written in (`en` first).
    public var languages: [String]
    public var sections: [FormSection]
    /// The field whose answer is the permit category (a single choice over `categories`).
    public var categoryFieldID: String?
    /// The kinds of permit being extended, each with its own documents and limits.
    public var categories: [PermitCategory]
    /// The documents of a package, with the facts each shows.
    public var documents: [SupportingDocument]
    /// The facts stated across the package, each with its one source of truth.
    public var facts: [Fact]
    /// The cross-checks the engine runs.
    public var rules: [CheckRule]
    /// Fees, deadlines, penalties, limits and caps, each with its provenance.
    public var figures: [Figure]
    /// Public holidays and collective leave days, by year.
    public var holidayYears: [HolidayYear]
    /// Longer texts (next steps, explanations) by id.
    public var texts: [String: LocalizedText]
    /// The countries a country field offers.
    public var countries: [Country]

    public init(
        id: String, title: LocalizedText, edition: String, sections: [FormSection],
        effectiveDate: CalendarDate? = nil, languages: [String] = ["en"],
        categoryFieldID: String? = nil, categories: [PermitCategory] = [],
        documents: [SupportingDocument] = [], facts: [Fact] = [], rules: [CheckRule] = [],
        figures: [Figure] = [], holidayYears: [HolidayYear] = [],
        texts: [String: LocalizedText] = [:], countries: [Country] = []
    ) {
        self.id = id
        self.title = title
        self.edition = edition
        self.sections = sections
        self.effectiveDate = effectiveDate
        self.languages = languages
        self.categoryFieldID = categoryFieldID
        self.categories = categories
        self.documents = documents
        self.facts = facts
        self.rules = rules
        self.figures = figures
        self.holidayYears = holidayYears
        self.texts = texts
        self.countries = countries
    }

    /// The field with `id`, if the pack has one.
    public func field(id: String) -> FormField? {
        for section in sections {
            if let field = section.fields.first(where: { $0.id == id }) { return field }
        }
        return nil
    }

    /// Every field, in form order.
    public var allFields: [FormField] { sections.flatMap(\.fields) }

    /// The permit category with `id`.
    public func category(id: String) -> PermitCategory? { categories.first { $0.id == id } }

    /// The document with `id`.
    public func document(id: String) -> SupportingDocument? { documents.first { $0.id == id } }

    /// The fact with `id`.
    public func fact(id: String) -> Fact? { facts.first { $0.id == id } }

    /// The figure with `id`.
    public func figure(id: String) -> Figure? { figures.first { $0.id == id } }

    /// The rule with `id`.
    public func rule(id: String) -> CheckRule? { rules.first { $0.id == id } }

    /// The fields that state `factID`, in form order.
    public func fields(statingFact factID: String) -> [FormField] {
        allFields.filter { $0.fact == factID }
    }
}
