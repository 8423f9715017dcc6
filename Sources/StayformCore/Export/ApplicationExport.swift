/// A draft laid out for filing: its answers in the online portal's section order, the document
/// checklist with each document's state, the findings and the deadline summary. Rendered as
/// Markdown (`markdown`), plain text (`text`) or stable JSON (`jsonText`, see `docs/export.md`).
///
///     let export = ApplicationExport(
///         pack: pack, draft: draft, findings: findings.findings, today: today, attachments: facts)
///     print(export.markdown)
public struct ApplicationExport: Hashable, Sendable {
    /// The JSON format version; bumped only when a key changes meaning or disappears.
    public static let formatVersion = 1

    /// The pack's id (`stay-permit-extension`).
    public var formID: String
    /// The pack's edition (`2026-11`).
    public var edition: String
    /// The form's title.
    public var title: String
    /// The day the deadlines were computed for.
    public var today: CalendarDate
    /// The chosen permit category, as its label; `nil` before one is chosen.
    public var category: String?
    /// The sections that apply, in the pack's (the portal's) order.
    public var sections: [ExportedSection]
    /// The documents required or recommended for the category, then any other attached.
    public var documents: [ExportedDocument]
    /// In pack rule order.
    public var findings: [Finding]
    /// The permit's dates and the figures they rest on; `nil` when the pack has no deadline rule.
    public var deadline: DeadlineSummary?
    /// The language of the text and Markdown renderings' own words (the values above are
    /// already in it).
    public var language: Language

    public init(
        formID: String, edition: String, title: String, today: CalendarDate, category: String?,
        sections: [ExportedSection], documents: [ExportedDocument], findings: [Finding],
        deadline: DeadlineSummary?, language: String = "en"
    ) {
        self.formID = formID
        self.edition = edition
        self.title = title
        self.today = today
        self.category = category
        self.sections = sections
        self.documents = documents
        self.findings = findings
        self.deadline = deadline
        self.language = Language(orEnglish: language)
    }

    /// How many findings of `severity`.
    public func count(of severity: FindingSeverity) -> Int {
        findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}
