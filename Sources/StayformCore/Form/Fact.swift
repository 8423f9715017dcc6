/// A fact stated across the package (the applicant's name, the permit's expiry…) and the one
/// document that is its source of truth.
public struct Fact: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    /// The id of the document whose value wins when two places disagree.
    public var sourceDocumentID: String
    /// How values are made comparable before checking they are the same.
    public var normalizer: ValueNormalizer

    public init(
        id: String, label: LocalizedText, sourceDocumentID: String,
        normalizer: ValueNormalizer = .text
    ) {
        self.id = id
        self.label = label
        self.sourceDocumentID = sourceDocumentID
        self.normalizer = normalizer
    }
}
