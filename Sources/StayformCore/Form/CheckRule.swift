/// A named cross-check for the engine: its kind, how serious a failure is, the message shown
/// and the parameters that point it at fields, facts, documents and figures.
///
///     - id: name-matches-passport
///       kind: same-value
///       severity: error
///       message: The name differs from the passport's bio page.
///       params: { fact: applicant.full-name }
public struct CheckRule: Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: RuleKind
    public var severity: Severity
    public var message: LocalizedText
    /// Parameters by name, as `RuleKind.parameters` describes them.
    public var parameters: [String: RuleParameter]
    /// When the rule applies; `nil` for always.
    public var when: FieldCondition?

    public init(
        id: String, kind: RuleKind, severity: Severity, message: LocalizedText,
        parameters: [String: RuleParameter] = [:], when: FieldCondition? = nil
    ) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.message = message
        self.parameters = parameters
        self.when = when
    }
}
