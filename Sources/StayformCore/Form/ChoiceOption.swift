/// One answer a single or multiple choice field offers: the value stored and its label.
public struct ChoiceOption: Hashable, Sendable {
    /// What a draft stores (`individual`).
    public var value: String
    public var label: LocalizedText

    public init(value: String, label: LocalizedText) {
        self.value = value
        self.label = label
    }
}
