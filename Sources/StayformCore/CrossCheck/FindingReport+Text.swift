extension FindingReport {
    /// The report for a person, in the report's language: each draft, its findings grouped by
    /// severity (blocking first), each with its places, both values, what differs and what to
    /// do, then a summary line. Control characters in values are made visible, so a draft
    /// cannot drive the terminal.
    public var text: String {
        let words = language.words
        var lines: [String] = []
        for draft in drafts {
            lines.append(draft.headline)
            if let problem = draft.problem {
                lines.append("  " + words("report.cannot-check", ["problem": problem.terminalSafe]))
                lines.append("")
                continue
            }
            for severity in FindingSeverity.allCases.reversed() {
                let findings = draft.findings.filter { $0.severity == severity }
                guard !findings.isEmpty else { continue }
                lines.append("  \(severity.heading(words)) (\(findings.count))")
                for finding in findings { lines += finding.textLines(words) }
            }
            lines.append("  \(draft.summary(words))")
            lines.append("")
        }
        let blocked = drafts.filter(\.hasBlocking).count
        let unreadable = drafts.filter { $0.problem != nil }.count
        var total = words.counted("report.total", drafts.count, ["date": words.date(today), "blocked": String(blocked)])
        if unreadable > 0 { total += words("report.total.unreadable", ["count": String(unreadable)]) }
        lines.append(total)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension DraftFindings {
    fileprivate var headline: String {
        let form = [formID, edition].compactMap { $0 }.joined(separator: " ")
        return form.isEmpty ? path.terminalSafe : "\(path.terminalSafe) (\(form))"
    }

    fileprivate func summary(_ words: Words) -> String {
        if findings.isEmpty { return words["report.no-findings"] }
        return words("report.summary", [
            "blocking": String(count(of: .blocking)),
            "warnings": words.counted("report.warnings", count(of: .warning)),
            "notes": words.counted("report.notes", count(of: .note)),
        ])
    }
}

extension FindingSeverity {
    /// The heading of a group of findings: BLOCKING, WARNINGS, NOTES.
    func heading(_ words: Words) -> String {
        words["report.heading.\(rawValue)"]
    }

    /// The severity as a word: Blocking, Warning, Note.
    public var word: String { word(Language.english.words) }

    /// The severity as a word in the language of `words`: Blocking, Peringatan.
    public func word(_ words: Words) -> String {
        words["report.severity.\(rawValue)"]
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
    public func sentence(advising: Bool = true, words: Words = Language.english.words) -> String {
        var sentence = words("report.sentence", [
            "severity": severity.word(words), "places": places.map(\.displayName).joined(separator: " / "),
            "detail": detail,
        ])
        if advising, !advice.isEmpty { sentence += words("report.sentence.advice", ["advice": advice]) }
        return sentence.terminalSafe
    }

    func textLines(_ words: Words) -> [String] {
        var lines = ["    \(severity.marker) [\(places.map(\.displayName).joined(separator: " / "))] \(detail)".terminalSafe]
        if expected != nil || found != nil {
            let values = [
                expected.map { words("report.expected", ["value": $0]) }, found.map { words("report.found", ["value": $0]) },
            ].compactMap { $0 }
            lines.append("      " + values.joined(separator: "   ").terminalSafe)
        }
        if !advice.isEmpty { lines.append("      " + words("report.what-to-do", ["advice": advice]).terminalSafe) }
        for figure in figures {
            lines.append("      " + words("report.figure", [
                "id": figure.id, "value": figure.value, "provenance": figure.provenanceWording(words),
            ]).terminalSafe)
        }
        lines.append("      id: \(id)".terminalSafe)
        return lines
    }
}
