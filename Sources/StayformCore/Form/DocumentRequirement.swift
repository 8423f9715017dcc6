/// A document a category needs, possibly only when some answers hold (an agent files, the
/// sponsor is a company…).
public struct DocumentRequirement: Hashable, Sendable {
    /// The document's id in `FormPack.documents`.
    public var documentID: String
    /// When it is needed; `nil` for always.
    public var when: FieldCondition?

    public init(documentID: String, when: FieldCondition? = nil) {
        self.documentID = documentID
        self.when = when
    }

    /// Whether the document is needed given the answers so far.
    public func applies(given values: [String: String]) -> Bool {
        when?.isSatisfied(by: values) ?? true
    }
}
