import StayformCore

/// One line of the final check: a section heading or a finding.
public enum FinalCheckLine: Hashable, Sendable {
    case heading(String)
    case finding(Finding)
}

extension WizardState {
    /// Every finding, grouped by section in form order, then those that name only documents.
    public var finalCheckLines: [FinalCheckLine] {
        var lines: [FinalCheckLine] = []
        var bySection = Array(repeating: [Finding](), count: pack.sections.count)
        var elsewhere: [Finding] = []
        for finding in findings.findings {
            if let section = findingLayout.sections(of: finding).first {
                bySection[section].append(finding)
            } else {
                elsewhere.append(finding)
            }
        }
        for (index, section) in pack.sections.enumerated() where !bySection[index].isEmpty {
            lines.append(.heading("\(section.code)  \(section.title.resolved(for: language))"))
            lines += bySection[index].sorted { $0.severity > $1.severity }.map(FinalCheckLine.finding)
        }
        if !elsewhere.isEmpty {
            lines.append(.heading(words["wizard.final-check.documents"]))
            lines += elsewhere.sorted { $0.severity > $1.severity }.map(FinalCheckLine.finding)
        }
        return lines
    }

    /// Whether nothing blocks filing: the engine's verdict, as `stayform check` gives it
    /// (missing answers and documents are blocking findings).
    public var isReadyToFile: Bool { !findings.hasBlocking }

    /// Keys on the final check (F3).
    mutating func pressOnFinalCheck(_ key: Key, selected: Int) -> [WizardEffect] {
        let lines = finalCheckLines
        let findingRows = lines.indices.filter { if case .finding = lines[$0] { true } else { false } }
        let selected = min(selected, max(0, findingRows.count - 1))
        if let moved = key.movingSelection(selected, count: findingRows.count) {
            screen = .finalCheck(selected: moved)
            return []
        }
        switch key {
        case .enter, .function(1):
            guard selected < findingRows.count, case .finding(let finding) = lines[findingRows[selected]] else { break }
            screen = .finalCheck(selected: selected)
            openFindingDetail([finding])
        case .character("n"), .character("N"):
            screen = .nextSteps
            return []
        case .escape, .function(3):
            screen = .form
        default:
            break
        }
        return []
    }
}
