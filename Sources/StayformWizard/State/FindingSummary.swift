import StayformCore

/// The findings arranged the way the screens show them: per section, worst first, with the
/// counts for the status bar. Rebuilt whenever the findings change.
public struct FindingSummary: Sendable {
    /// Findings about what was given (mismatches, deadlines, files, answers that cannot be
    /// right), per section of the pack; missing answers are shown by the completion and the
    /// required marks instead.
    public private(set) var bySection: [[Finding]]
    /// Every blocking finding and warning, missing answers included: the counts F3 and
    /// `stayform check` give.
    public private(set) var blocking = 0
    public private(set) var warnings = 0

    /// Arranges `findings` for `layout`.
    init(_ findings: FindingSet, layout: FindingLayout) {
        bySection = Array(repeating: [], count: layout.sectionCount)
        for finding in findings.findings {
            switch finding.severity {
            case .blocking: blocking += 1
            case .warning: warnings += 1
            case .note: break
            }
            guard !layout.missingRuleIDs.contains(finding.ruleID) else { continue }
            for section in layout.sections(of: finding) { bySection[section].append(finding) }
        }
        for index in bySection.indices { bySection[index].sort { $0.severity > $1.severity } }
    }

    /// The most serious finding's severity in section `index`, if any.
    public func worstSeverity(inSection index: Int) -> FindingSeverity? {
        bySection[index].first?.severity
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
    /// Fields whose values F6 hides.
    let sensitiveFieldIDs: Set<String>

    init(pack: FormPack) {
        sectionCount = pack.sections.count
        var sectionOfField: [String: Int] = [:]
        for (index, section) in pack.sections.enumerated() {
            for field in section.fields { sectionOfField[field.id] = index }
        }
        self.sectionOfField = sectionOfField
        missingRuleIDs = Set(pack.rules.filter { $0.kind == .requiredFields || $0.kind == .requiredDocuments }.map(\.id))
        sensitiveFieldIDs = Set(pack.allFields.filter(\.isSensitive).map(\.id))
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
