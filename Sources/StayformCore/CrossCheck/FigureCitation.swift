/// A figure of the pack that a finding relies on, with how sure the pack is of it.
public struct FigureCitation: Hashable, Sendable {
    /// The figure's id (`limit.photo-max-size`).
    public var id: String
    /// Its value as shown (`2,097,152 bytes`; several values joined with ` or `).
    public var value: String
    public var confidence: Confidence

    public init(id: String, value: String, confidence: Confidence) {
        self.id = id
        self.value = value
        self.confidence = confidence
    }

    /// The citation of `figure`.
    public init(_ figure: Figure) {
        self.init(
            id: figure.id, value: figure.values.map(\.displayString).joined(separator: " or "),
            confidence: figure.provenance.confidence)
    }
}
