/// Where a figure or date list comes from: the source, since when it applies, when someone
/// last checked it, and how sure we are.
public struct Provenance: Hashable, Sendable {
    /// The regulation, page or report it was taken from.
    public var source: String
    /// When it took effect; `nil` when not known (said so in the pack as `unknown`).
    public var effectiveDate: CalendarDate?
    /// When someone last compared it with the source.
    public var lastChecked: CalendarDate
    public var confidence: Confidence

    public init(
        source: String, effectiveDate: CalendarDate?, lastChecked: CalendarDate,
        confidence: Confidence
    ) {
        self.source = source
        self.effectiveDate = effectiveDate
        self.lastChecked = lastChecked
        self.confidence = confidence
    }
}

/// How sure the pack is of a figure.
public enum Confidence: String, Hashable, Sendable, CaseIterable {
    /// Read in an official source.
    case confirmed
    /// Sources disagree; every value is listed with its source.
    case conflicting
    /// Second-hand, old, or not found in an official source.
    case unverified

    /// The confidence in words: `confirmed`, `terkonfirmasi`.
    public func wording(_ words: Words) -> String { words["report.confidence.\(rawValue)"] }
}
