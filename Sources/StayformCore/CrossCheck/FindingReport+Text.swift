extension FindingReport {
    /// The report for a person: each draft, its findings grouped by severity (blocking first),
    /// each with its places, both values, what differs and what to do, then a summary line.
    /// Control characters in values are made visible, so a draft cannot drive the terminal.
    public var text: String {
        var lines: [String] = []
        for draft in drafts {
            lines.append(draft.headline)
            if let problem = draft.problem {
                lines.append("  cannot check: \(problem.terminalSafe)")
                lines.append("")
                continue
            }
            for severity in FindingSeverity.allCases.reversed() {
                let findings = draft.findings.filter { $0.severity == severity }
                guard !findings.isEmpty else { continue }
                lines.append("  \(severity.heading) (\(findings.count))")
                for finding in findings { lines += finding.textLines }
            }
            lines.append("  \(draft.summary)")
            lines.append("")
        }
        let blocked = drafts.filter(\.hasBlocking).count
        let unreadable = drafts.filter { $0.problem != nil }.count
        var total = "\(drafts.count) draft\(drafts.count == 1 ? "" : "s") checked for \(today.iso8601): "
            + "\(blocked) with blocking findings"
        if unreadable > 0 { total += ", \(unreadable) could not be read" }
        lines.append(total)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension DraftFindings {
    fileprivate var headline: String {
        let form = [formID, edition].compactMap { $0 }.joined(separator: " ")
        return form.isEmpty ? path.terminalSafe : "\(path.terminalSafe) (\(form))"
    }

    fileprivate var summary: String {
        if findings.isEmpty { return "no findings" }
        let blocking = count(of: .blocking), warnings = count(of: .warning), notes = count(of: .note)
        return "\(blocking) blocking, \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")"
    }
}

extension FindingSeverity {
    var heading: String {
        switch self {
        case .blocking: "BLOCKING"
        case .warning: "WARNINGS"
        case .note: "NOTES"
        }
    }

    /// The severity as a word: Blocking, Warning, Note.
    public var word: String {
        switch self {
        case .blocking: "Blocking"
        case .warning: "Warning"
        case .note: "Note"
        }
    }

    var marker: String {
        switch self {
        case .blocking: "x"
        case .warning: "!"
        case .note: "i"
        }
    }
}

extension Finding {
    /// The finding as one sentence that can be read aloud, its severity in words, with what
    /// to do unless `advising` is false:
    /// "Blocking: 5.2 / Sponsor's guarantee letter: the names differ. What to do: …".
    public func sentence(advising: Bool = true) -> String {
        var sentence = "\(severity.word): \(places.map(\.displayName).joined(separator: " / ")): \(detail)"
        if advising, !advice.isEmpty { sentence += ". What to do: \(advice)" }
        return sentence.terminalSafe
    }

    var textLines: [String] {
        var lines = ["    \(severity.marker) [\(places.map(\.displayName).joined(separator: " / "))] \(detail)".terminalSafe]
        if expected != nil || found != nil {
            let values = [expected.map { "expected: \($0)" }, found.map { "found: \($0)" }].compactMap { $0 }
            lines.append("      " + values.joined(separator: "   ").terminalSafe)
        }
        if !advice.isEmpty { lines.append("      what to do: \(advice)".terminalSafe) }
        for figure in figures {
            lines.append("      figure \(figure.id) = \(figure.value) (\(figure.provenanceWording))".terminalSafe)
        }
        lines.append("      id: \(id)".terminalSafe)
        return lines
    }
}
