/// The smallest piece of work the engine re-runs: one rule, for one subject (a field for
/// required answers, a document for attachment checks) or for the whole draft.
public struct CheckUnit: Hashable, Sendable {
    /// The rule's position in `pack.rules`.
    public let ruleIndex: Int
    /// The field or document id the unit is about; `nil` when the rule looks at the whole draft.
    public let subject: String?

    public init(ruleIndex: Int, subject: String?) {
        self.ruleIndex = ruleIndex
        self.subject = subject
    }
}
