/// One answer a single or multiple choice field offers: the value stored and its label, and
/// the values earlier editions stored for the same answer.
public struct ChoiceOption: Hashable, Sendable {
    /// What a draft stores (`individual`).
    public var value: String
    public var label: LocalizedText
    /// Values of earlier editions this answer replaces (`visit-c1` for `visit`); a draft
    /// migrated to this edition has them changed to `value` and flagged for review.
    public var formerValues: [String]

    public init(value: String, label: LocalizedText, formerValues: [String] = []) {
        self.value = value
        self.label = label
        self.formerValues = formerValues
    }
}
