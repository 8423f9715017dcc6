extension ApplicationExport {
    /// The export as Markdown: a table per section in the portal's order, the document
    /// checklist as a table with each document's restatements, the findings (blocking first)
    /// and the deadlines with their figures. Values are escaped (`|` and other markup) and
    /// control characters made visible.
    public var markdown: String {
        var lines = [
            "# \(title.markdownEscaped)",
            "",
            "Form `\(formID.markdownEscaped)` edition \(edition.markdownEscaped), exported for \(today.iso8601). "
                + "Category: \((category ?? "not chosen yet").markdownEscaped).",
            "",
            "## Application",
            "",
            "In the online portal's order, for copying.",
        ]
        for section in sections {
            lines += ["", "### \(section.code) \(section.title.markdownEscaped)", "", "| Code | Field | Answer |", "| --- | --- | --- |"]
            for field in section.fields {
                let answer = field.value == nil ? "_\(field.valueWording)_" : field.valueWording.markdownEscaped
                lines.append("| \(field.code.markdownEscaped) | \(field.label.markdownEscaped) | \(answer) |")
            }
        }
        lines += ["", "## Documents", ""]
        if documents.isEmpty {
            lines.append(category == nil ? "None listed before a category is chosen." : "None listed for this category.")
        } else {
            lines += ["| Document | Needed | State | Files |", "| --- | --- | --- | --- |"]
            for document in documents {
                let files = document.files.map { $0.wording.markdownEscaped }.joined(separator: "<br>")
                lines.append("| \(document.label.markdownEscaped) | \(document.need.wording) | \(document.state.wording) | \(files.isEmpty ? "—" : files) |")
            }
            for document in documents where !document.problems.isEmpty || !document.restatements.isEmpty {
                lines += ["", "**\(document.label.markdownEscaped)**", ""]
                for problem in document.problems { lines.append("- problem: \(problem.markdownEscaped)") }
                for restatement in document.restatements {
                    lines.append("- \(restatement.code.markdownEscaped) \(restatement.label.markdownEscaped): \(restatement.wording.markdownEscaped)")
                }
            }
        }
        lines += ["", "## Findings", ""]
        if findings.isEmpty { lines.append("None.") }
        for severity in FindingSeverity.allCases.reversed() {
            let found = findings.filter { $0.severity == severity }
            guard !found.isEmpty else { continue }
            lines += ["### \(severity.markdownHeading) (\(found.count))", ""]
            for finding in found { lines += finding.markdownLines }
            lines.append("")
        }
        if lines.last == "" { lines.removeLast() }
        lines += ["", "## Deadlines", ""]
        if let deadline {
            lines += ["| | |", "| --- | --- |"]
            for row in deadline.rows { lines.append("| \(row.label) | \(row.value.markdownEscaped) |") }
            if !deadline.figures.isEmpty {
                lines += ["", "| Figure | Value | Confidence | Source | Last checked |", "| --- | --- | --- | --- | --- |"]
                for figure in deadline.figures {
                    lines.append(
                        "| \(figure.label.markdownEscaped) | \(figure.value.markdownEscaped) | \(figure.confidence.rawValue) "
                            + "| \(figure.source.markdownEscaped) | \(figure.lastChecked.iso8601) |")
                }
            }
        } else {
            lines.append("The form pack has no deadline rules.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Finding {
    /// The finding as a Markdown list item: places, detail, values, what to do, unconfirmed figures.
    var markdownLines: [String] {
        var lines = ["- **\(places.map(\.displayName).joined(separator: " / ").markdownEscaped)**: \(detail.markdownEscaped)"]
        if let expected { lines.append("  - expected: \(expected.markdownEscaped)") }
        if let found { lines.append("  - found: \(found.markdownEscaped)") }
        if !advice.isEmpty { lines.append("  - what to do: \(advice.markdownEscaped)") }
        for figure in figures where figure.confidence != .confirmed {
            lines.append("  - figure \(figure.id.markdownEscaped) = \(figure.value.markdownEscaped) is \(figure.confidence.rawValue)")
        }
        return lines
    }
}
