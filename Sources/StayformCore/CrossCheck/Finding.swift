/// One result of a cross-check: what is wrong (or worth knowing), where, the value the source
/// of truth holds and the value found, and what to do.
///
///     finding.id        // "name-matches-passport.guarantee-letter.applicant.full-name"
///     finding.severity  // .blocking
///     finding.places    // [.field(id: "applicant.full-name", code: "1.1"), .document(id: "guarantee-letter", …)]
///     finding.expected  // "MÜLLER Hans"   (the passport's value)
///     finding.found     // "MILLER Hans"   (as printed on the letter)
///
/// Values are the applicant's own data: show them to the applicant, never log them.
public struct Finding: Hashable, Sendable, Identifiable {
    /// Stable across runs: the rule id, then the document or field, then the fact or subject.
    public var id: String
    /// The pack rule that produced it.
    public var ruleID: String
    public var severity: FindingSeverity
    /// The fields and documents involved, the source of truth first.
    public var places: [FindingPlace]
    /// The value of the source of truth (or the limit), if the finding compares values.
    public var expected: String?
    /// The value found.
    public var found: String?
    /// What exactly differs (`Ü written as U; the MRZ writes UE`), in the engine's words.
    public var detail: String
    /// What to do: the rule's message from the pack, in the requested language; empty for a
    /// status note (the days left).
    public var advice: String
    /// The pack figures the finding relies on, with their confidence.
    public var figures: [FigureCitation]

    public init(
        id: String, ruleID: String, severity: FindingSeverity, places: [FindingPlace],
        expected: String? = nil, found: String? = nil, detail: String, advice: String,
        figures: [FigureCitation] = []
    ) {
        self.id = id
        self.ruleID = ruleID
        self.severity = severity
        self.places = places
        self.expected = expected
        self.found = found
        self.detail = detail
        self.advice = advice
        self.figures = figures
    }
}
