/// The findings of several drafts, for `stayform check`: rendered as text for a person
/// (`text`) or as stable JSON for programs (`jsonText`, see `docs/check.md`).
///
///     var report = FindingReport(today: today)
///     report.append(DraftFindings(path: "ana.json", formID: pack.id, edition: pack.edition, findings: set.findings))
///     print(report.text)
///     report.hasBlocking   // exit status 1 when true
public struct FindingReport: Hashable, Sendable {
    /// The JSON format version; bumped only when a key changes meaning or disappears.
    public static let formatVersion = 1

    /// The day the deadlines were computed for.
    public var today: CalendarDate
    /// Each draft, in the order given.
    public var drafts: [DraftFindings]
    /// The language of `text` (the findings carry their own, from the engine).
    public var language: Language

    /// A report in `language` (`en`, `id`; English for any other code).
    public init(today: CalendarDate, drafts: [DraftFindings] = [], language: String = "en") {
        self.today = today
        self.drafts = drafts
        self.language = Language(orEnglish: language)
    }

    public mutating func append(_ draft: DraftFindings) {
        drafts.append(draft)
    }

    /// Whether any draft has a blocking finding.
    public var hasBlocking: Bool { drafts.contains(where: \.hasBlocking) }

    /// Whether any draft could not be checked.
    public var hasUnreadable: Bool { drafts.contains { $0.problem != nil } }
}

/// The findings of one draft file, or why it could not be checked.
public struct DraftFindings: Hashable, Sendable {
    /// The draft's path, as given.
    public var path: String
    public var formID: String?
    public var edition: String?
    /// In pack rule order.
    public var findings: [Finding]
    /// Why the draft could not be checked (it cannot be read, its pack is missing…).
    public var problem: String?

    public init(path: String, formID: String?, edition: String?, findings: [Finding], problem: String? = nil) {
        self.path = path
        self.formID = formID
        self.edition = edition
        self.findings = findings
        self.problem = problem
    }

    /// A draft that could not be checked.
    public static func unreadable(path: String, problem: String) -> DraftFindings {
        DraftFindings(path: path, formID: nil, edition: nil, findings: [], problem: problem)
    }

    public var hasBlocking: Bool { findings.contains { $0.severity == .blocking } }

    /// How many findings of `severity`.
    public func count(of severity: FindingSeverity) -> Int {
        findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// `blocking`, `warning`, `note` (the most serious finding), `clean`, or `unreadable`.
    public var status: String {
        if problem != nil { return "unreadable" }
        return findings.map(\.severity).max()?.rawValue ?? "clean"
    }
}
