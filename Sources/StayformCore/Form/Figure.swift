/// A number the rules depend on (a fee, a deadline, a penalty, an upload limit, a cap), with
/// its provenance. Conflicting sources give several values, each with its own source.
public struct Figure: Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: FigureKind
    public var label: LocalizedText
    /// One value, or one per source when sources conflict.
    public var values: [FigureValue]
    public var provenance: Provenance
    /// What the user should know about it (which value to expect, how to verify).
    public var note: LocalizedText

    public init(
        id: String, kind: FigureKind, label: LocalizedText, values: [FigureValue],
        provenance: Provenance, note: LocalizedText = LocalizedText([:])
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.values = values
        self.provenance = provenance
        self.note = note
    }

    /// The amount when there is exactly one value with an amount; `nil` when sources conflict.
    public var amount: Int? {
        guard values.count == 1 else { return nil }
        return values[0].amount
    }
}

/// What a figure is about.
public enum FigureKind: String, Hashable, Sendable, CaseIterable {
    case fee
    case deadline
    case penalty
    case limit
    case cap
    case duration
    case processing
}
