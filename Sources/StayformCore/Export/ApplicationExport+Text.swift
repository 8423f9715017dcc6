extension ApplicationExport {
    /// The export as plain text, for pasting: the application section by section, the
    /// document checklist, the findings (blocking first) and the deadlines. Control characters
    /// in values are made visible, so a draft cannot drive the terminal.
    public var text: String {
        var lines = [
            "\(title) (\(formID) \(edition)), exported for \(today.iso8601)",
            "Category: \(category ?? "not chosen yet")",
            "",
            "APPLICATION (in the portal's order)",
        ]
        for section in sections {
            lines.append("\(section.code) \(section.title)")
            for field in section.fields {
                let valueLines = field.valueWording.split(separator: "\n", omittingEmptySubsequences: false)
                lines.append("  \(field.code) \(field.label): \(valueLines.first ?? "")")
                for more in valueLines.dropFirst() { lines.append("      \(more)") }
            }
        }
        lines += ["", "DOCUMENTS"]
        if documents.isEmpty {
            lines.append(category == nil ? "  none listed before a category is chosen" : "  none listed for this category")
        }
        for document in documents {
            lines.append("  [\(document.need.wording)] \(document.label): \(document.state.wording)")
            for file in document.files { lines.append("      file: \(file.wording)") }
            for problem in document.problems { lines.append("      problem: \(problem)") }
            for restatement in document.restatements {
                lines.append("      \(restatement.code) \(restatement.label): \(restatement.wording)")
            }
        }
        lines += ["", "FINDINGS"]
        if findings.isEmpty { lines.append("  none") }
        for severity in FindingSeverity.allCases.reversed() {
            let found = findings.filter { $0.severity == severity }
            guard !found.isEmpty else { continue }
            lines.append("  \(severity.heading) (\(found.count))")
            for finding in found { lines += finding.textLines }
        }
        lines += ["", "DEADLINES"]
        if let deadline {
            for row in deadline.rows { lines.append("  \(row.label): \(row.value)") }
            if !deadline.figures.isEmpty { lines.append("  Figures:") }
            for figure in deadline.figures {
                lines.append("    \(figure.label) = \(figure.value) (\(figure.provenanceWording))")
            }
        } else {
            lines.append("  the form pack has no deadline rules")
        }
        return lines.map(\.terminalSafe).joined(separator: "\n") + "\n"
    }
}
