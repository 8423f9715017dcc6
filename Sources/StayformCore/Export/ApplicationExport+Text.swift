extension ApplicationExport {
    /// The export as plain text, for pasting, in the export's language: the application
    /// section by section, the document checklist, the findings (blocking first) and the
    /// deadlines. Control characters in values are made visible, so a draft cannot drive the
    /// terminal.
    public var text: String {
        let words = language.words
        var lines = [
            words("export.text.title", ["title": title, "form": formID, "edition": edition, "date": words.date(today)]),
            words("export.text.category", ["category": category ?? words["export.category.none"]]),
            "",
            words["export.text.application"],
        ]
        for section in sections {
            lines.append("\(section.code) \(section.title)")
            for field in section.fields {
                let valueLines = field.valueWording(words).split(separator: "\n", omittingEmptySubsequences: false)
                lines.append("  \(field.code) \(field.label): \(valueLines.first ?? "")")
                for more in valueLines.dropFirst() { lines.append("      \(more)") }
            }
        }
        lines += ["", words["export.text.documents"]]
        if documents.isEmpty {
            lines.append("  " + words[category == nil ? "export.documents.before-category" : "export.documents.none"])
        }
        for document in documents {
            lines.append("  [\(document.need.wording(words))] \(document.label): \(document.state.wording(words))")
            for file in document.files { lines.append("      " + words("export.text.file", ["file": file.wording(words)])) }
            for problem in document.problems { lines.append("      " + words("export.problem", ["problem": problem])) }
            for restatement in document.restatements {
                lines.append("      \(restatement.code) \(restatement.label): \(restatement.wording(words))")
            }
        }
        lines += ["", words["export.text.findings"]]
        if findings.isEmpty { lines.append("  " + words["export.findings.none"]) }
        for severity in FindingSeverity.allCases.reversed() {
            let found = findings.filter { $0.severity == severity }
            guard !found.isEmpty else { continue }
            lines.append("  \(severity.heading(words)) (\(found.count))")
            for finding in found { lines += finding.textLines(words) }
        }
        lines += ["", words["export.text.deadlines"]]
        if let deadline {
            for row in deadline.rows(words) { lines.append("  \(row.label): \(row.value)") }
            if !deadline.figures.isEmpty { lines.append("  " + words["export.text.figures"]) }
            for figure in deadline.figures {
                lines.append("    \(figure.label) = \(figure.value) (\(figure.provenanceWording(words)))")
            }
        } else {
            lines.append("  " + words["export.deadlines.none"])
        }
        return lines.map(\.terminalSafe).joined(separator: "\n") + "\n"
    }
}
