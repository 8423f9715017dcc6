/// The findings of one draft, kept per check unit so that re-evaluating a unit replaces
/// exactly its findings. Iterates in a deterministic order: pack rule order, then subject.
///
///     let set = engine.evaluateAll(draft: draft, today: today, attachments: facts)
///     set.hasBlocking          // any finding that stops the application
///     set.findings.map(\.id)   // ["name-matches-passport.guarantee-letter.applicant.full-name", …]
public struct FindingSet: Hashable, Sendable {
    /// Units per chunk: a copy of the set shares every chunk, and an update copies only the
    /// chunk it changes, so keeping the previous set costs little.
    private static let chunkSize = 64

    /// The findings of each unit, by the unit's index in the engine's `DependencyIndex`, in
    /// chunks of `chunkSize` units.
    private var chunks: [[[Finding]]]
    /// How many units the set has findings for.
    public let unitCount: Int
    /// One bit per unit: whether its rule's `when` condition held (always, without one) when
    /// the unit was last evaluated.
    private var applying: [UInt64]

    init(unitCount: Int) {
        self.unitCount = unitCount
        applying = Array(repeating: 0, count: (unitCount + 63) / 64)
        let chunkCount = (unitCount + Self.chunkSize - 1) / Self.chunkSize
        chunks = (0..<chunkCount).map { chunk in
            Array(repeating: [], count: min(Self.chunkSize, unitCount - chunk * Self.chunkSize))
        }
    }

    /// Replaces the findings of the unit at `index`.
    mutating func replace(unit index: Int, with findings: [Finding]) {
        let (chunk, offset) = index.quotientAndRemainder(dividingBy: Self.chunkSize)
        if chunks[chunk][offset].isEmpty && findings.isEmpty { return }
        chunks[chunk][offset] = findings
    }

    /// Whether the rule of the unit at `index` applied (its `when` condition held) when the
    /// unit was last evaluated.
    func applies(unit index: Int) -> Bool {
        let (word, bit) = index.quotientAndRemainder(dividingBy: 64)
        return applying[word] & (1 << bit) != 0
    }

    /// Records whether the rule of the unit at `index` applies.
    mutating func setApplies(_ applies: Bool, unit index: Int) {
        let (word, bit) = index.quotientAndRemainder(dividingBy: 64)
        if applies { applying[word] |= 1 << bit } else { applying[word] &= ~(1 << bit) }
    }

    /// The findings of the unit at `index`.
    public func findings(ofUnit index: Int) -> [Finding] {
        let (chunk, offset) = index.quotientAndRemainder(dividingBy: Self.chunkSize)
        return chunks[chunk][offset]
    }

    /// Every finding, in pack rule order.
    public var findings: [Finding] { chunks.flatMap { $0.flatMap { $0 } } }

    /// How many findings there are.
    public var count: Int { chunks.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }

    /// Whether a finding stops the application.
    public var hasBlocking: Bool {
        chunks.contains { $0.contains { $0.contains { $0.severity == .blocking } } }
    }

    /// The findings of `severity`, in pack rule order.
    public func findings(of severity: FindingSeverity) -> [Finding] {
        findings.filter { $0.severity == severity }
    }

    /// The findings whose places include the field `fieldID`, for showing beside it.
    public func findings(atField fieldID: String) -> [Finding] {
        findings.filter { finding in
            finding.places.contains { if case .field(fieldID, _) = $0 { true } else { false } }
        }
    }
}
