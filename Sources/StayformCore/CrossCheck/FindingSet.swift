/// The findings of one draft, kept per check unit so that re-evaluating a unit replaces
/// exactly its findings. Iterates in a deterministic order: pack rule order, then subject.
///
///     let set = engine.evaluateAll(draft: draft, today: today, attachments: facts)
///     set.hasBlocking          // any finding that stops the application
///     set.findings.map(\.id)   // ["name-matches-passport.guarantee-letter.applicant.full-name", …]
public struct FindingSet: Hashable, Sendable {
    /// The findings of each unit, by the unit's index in the engine's `DependencyIndex`.
    private(set) var findingsByUnit: [[Finding]]

    init(unitCount: Int) {
        findingsByUnit = Array(repeating: [], count: unitCount)
    }

    /// Replaces the findings of the unit at `index`.
    mutating func replace(unit index: Int, with findings: [Finding]) {
        if findingsByUnit[index].isEmpty && findings.isEmpty { return }
        findingsByUnit[index] = findings
    }

    /// Every finding, in pack rule order.
    public var findings: [Finding] { findingsByUnit.flatMap { $0 } }

    /// How many findings there are.
    public var count: Int { findingsByUnit.reduce(0) { $0 + $1.count } }

    /// Whether a finding stops the application.
    public var hasBlocking: Bool {
        findingsByUnit.contains { $0.contains { $0.severity == .blocking } }
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
