import StayformCore

/// The findings arranged the way the screens show them: per section, worst first (then in
/// pack rule order), with the counts for the status bar. Updated unit by unit as findings
/// change, so a key that changes one check touches only its findings.
public struct FindingSummary: Sendable {
    /// Findings about what was given (mismatches, deadlines, files, answers that cannot be
    /// right), per section of the pack; missing answers are shown by the completion and the
    /// required marks instead.
    public private(set) var bySection: [[Finding]]
    /// Every blocking finding and warning, missing answers included: the counts F3 and
    /// `stayform check` give.
    public private(set) var blocking = 0
    public private(set) var warnings = 0
    /// Beside each entry of `bySection`: the unit it came from and its place in the unit's list,
    /// which order findings of one severity.
    private var origins: [[Origin]]

    private struct Origin: Sendable {
        var unit: Int
        var position: Int
    }

    /// Arranges `findings` for `layout`.
    init(_ findings: FindingSet, layout: FindingLayout) {
        bySection = Array(repeating: [], count: layout.sectionCount)
        origins = Array(repeating: [], count: layout.sectionCount)
        for unit in 0..<findings.unitCount {
            add(findings.findings(ofUnit: unit), unit: unit, layout: layout)
        }
    }

    /// Replaces the findings of the unit `change` is about.
    mutating func apply(_ change: FindingChange, layout: FindingLayout) {
        remove(change.removed, unit: change.unit, layout: layout)
        add(change.added, unit: change.unit, layout: layout)
    }

    /// The most serious finding's severity in section `index`, if any.
    public func worstSeverity(inSection index: Int) -> FindingSeverity? {
        bySection[index].first?.severity
    }

    private mutating func add(_ findings: [Finding], unit: Int, layout: FindingLayout) {
        for (position, finding) in findings.enumerated() {
            count(finding, by: 1)
            guard !layout.missingRuleIDs.contains(finding.ruleID) else { continue }
            let origin = Origin(unit: unit, position: position)
            for section in layout.sections(of: finding) {
                let index = insertionIndex(of: finding, origin, inSection: section)
                bySection[section].insert(finding, at: index)
                origins[section].insert(origin, at: index)
            }
        }
    }

    private mutating func remove(_ findings: [Finding], unit: Int, layout: FindingLayout) {
        var sections = Set<Int>()
        for finding in findings {
            count(finding, by: -1)
            guard !layout.missingRuleIDs.contains(finding.ruleID) else { continue }
            sections.formUnion(layout.sections(of: finding))
        }
        // In place: the unit's entries go, the rest move up, nothing is allocated.
        for section in sections {
            var kept = 0
            for index in origins[section].indices where origins[section][index].unit != unit {
                if kept != index {
                    bySection[section].swapAt(kept, index)
                    origins[section].swapAt(kept, index)
                }
                kept += 1
            }
            bySection[section].removeSubrange(kept...)
            origins[section].removeSubrange(kept...)
        }
    }

    private mutating func count(_ finding: Finding, by step: Int) {
        switch finding.severity {
        case .blocking: blocking += step
        case .warning: warnings += step
        case .note: break
        }
    }

    /// Where `finding` goes in `section`: after every worse finding, and after findings of its
    /// severity from earlier units (binary search: the list is kept in this order).
    private func insertionIndex(of finding: Finding, _ origin: Origin, inSection section: Int) -> Int {
        var low = 0
        var high = bySection[section].count
        while low < high {
            let middle = (low + high) / 2
            let other = bySection[section][middle]
            let otherOrigin = origins[section][middle]
            let goesAfter = other.severity != finding.severity
                ? other.severity > finding.severity
                : (otherOrigin.unit, otherOrigin.position) < (origin.unit, origin.position)
            if goesAfter { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// What a pack tells about where findings belong, worked out once.
struct FindingLayout: Sendable {
    let sectionCount: Int
    let sectionOfField: [String: Int]
    /// Rules that report missing answers or documents.
    let missingRuleIDs: Set<String>
    /// The field holding the permit's expiry, for "days left" in the status bar.
    let expiryFieldID: String?

    init(pack: FormPack) {
        sectionCount = pack.sections.count
        var sectionOfField: [String: Int] = [:]
        for (index, section) in pack.sections.enumerated() {
            for field in section.fields { sectionOfField[field.id] = index }
        }
        self.sectionOfField = sectionOfField
        missingRuleIDs = Set(pack.rules.filter { $0.kind == .requiredFields || $0.kind == .requiredDocuments }.map(\.id))
        expiryFieldID = pack.rules.first { $0.kind == .daysToExpiry }?.parameters["expiry-field"]?.name
    }

    /// The sections whose fields `finding` names, in order of its places; a finding about
    /// fields of several sections belongs to each of them.
    func sections(of finding: Finding) -> [Int] {
        var sections: [Int] = []
        for place in finding.places {
            if case .field(let id, _) = place, let section = sectionOfField[id], !sections.contains(section) {
                sections.append(section)
            }
        }
        return sections
    }
}
