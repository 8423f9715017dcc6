/// How one check unit's findings changed in an update of a `FindingSet`.
///
///     let changes = engine.update(&set, changedFields: ["applicant.full-name"], …)
///     for change in changes ?? [] { summary.apply(change) }
public struct FindingChange: Hashable, Sendable {
    /// The unit's index in the engine's `DependencyIndex` (its place in pack rule order).
    public var unit: Int
    /// Its findings before, and after.
    public var removed: [Finding]
    public var added: [Finding]

    public init(unit: Int, removed: [Finding], added: [Finding]) {
        self.unit = unit
        self.removed = removed
        self.added = added
    }
}
