extension ApplicationExport {
    /// The export as Markdown, in the export's language: a table per section in the portal's
    /// order, the document checklist as a table with each document's restatements, the
    /// findings (blocking first) and the deadlines with their figures. Values are escaped (`|`
    /// and other markup) and control characters made visible.
    public var markdown: String {
        let words = language.words
        var lines = [
            "# \(title.markdownEscaped)",
            "",
            words("export.md.form", [
                "form": formID.markdownEscaped, "edition": edition.markdownEscaped, "date": words.date(today),
                "category": (category ?? words["export.category.none"]).markdownEscaped,
            ]),
            "",
            words["export.md.application"],
            "",
            words["export.md.application.intro"],
        ]
        for section in sections {
            lines += [
                "", "### \(section.code) \(section.title.markdownEscaped)", "", words["export.md.fields.header"],
                "| --- | --- | --- |",
            ]
            for field in section.fields {
                let answer = field.value == nil ? "_\(field.valueWording(words))_" : field.valueWording(words).markdownEscaped
                lines.append("| \(field.code.markdownEscaped) | \(field.label.markdownEscaped) | \(answer) |")
            }
        }
        lines += ["", words["export.md.documents"], ""]
        if documents.isEmpty {
            lines.append(words[category == nil ? "export.md.documents.before-category" : "export.md.documents.none"])
        } else {
            lines += [words["export.md.documents.header"], "| --- | --- | --- | --- |"]
            for document in documents {
                let files = document.files.map { $0.wording(words).markdownEscaped }.joined(separator: "<br>")
                lines.append(
                    "| \(document.label.markdownEscaped) | \(document.need.wording(words)) "
                        + "| \(document.state.wording(words)) | \(files.isEmpty ? "—" : files) |")
            }
            for document in documents where !document.problems.isEmpty || !document.restatements.isEmpty {
                lines += ["", "**\(document.label.markdownEscaped)**", ""]
                for problem in document.problems {
                    lines.append("- " + words("export.problem", ["problem": problem.markdownEscaped]))
                }
                for restatement in document.restatements {
                    lines.append("- \(restatement.code.markdownEscaped) \(restatement.label.markdownEscaped): \(restatement.wording(words).markdownEscaped)")
                }
            }
        }
        lines += ["", words["export.md.findings"], ""]
        if findings.isEmpty { lines.append(words["export.md.findings.none"]) }
        for severity in FindingSeverity.allCases.reversed() {
            let found = findings.filter { $0.severity == severity }
            guard !found.isEmpty else { continue }
            lines += ["### \(severity.markdownHeading(words)) (\(found.count))", ""]
            for finding in found { lines += finding.markdownLines(words) }
            lines.append("")
        }
        if lines.last == "" { lines.removeLast() }
        lines += ["", words["export.md.deadlines"], ""]
        if let deadline {
            lines += ["| | |", "| --- | --- |"]
            for row in deadline.rows(words) { lines.append("| \(row.label) | \(row.value.markdownEscaped) |") }
            if !deadline.figures.isEmpty {
                lines += ["", words["export.md.figures.header"], "| --- | --- | --- | --- | --- |"]
                for figure in deadline.figures {
                    lines.append(
                        "| \(figure.label.markdownEscaped) | \(figure.value.markdownEscaped) | \(figure.confidence.wording(words)) "
                            + "| \(figure.source.markdownEscaped) | \(figure.lastChecked.iso8601) |")
                }
            }
        } else {
            lines.append(words["export.md.deadlines.none"])
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Finding {
    /// The finding as a Markdown list item: places, detail, values, what to do, unconfirmed figures.
    func markdownLines(_ words: Words) -> [String] {
        var lines = ["- **\(places.map(\.displayName).joined(separator: " / ").markdownEscaped)**: \(detail.markdownEscaped)"]
        if let expected { lines.append("  - " + words("report.expected", ["value": expected.markdownEscaped])) }
        if let found { lines.append("  - " + words("report.found", ["value": found.markdownEscaped])) }
        if !advice.isEmpty { lines.append("  - " + words("report.what-to-do", ["advice": advice.markdownEscaped])) }
        for figure in figures where figure.confidence != .confirmed {
            lines.append("  - " + words("export.md.figure", [
                "id": figure.id.markdownEscaped, "value": figure.value.markdownEscaped,
                "confidence": figure.confidence.wording(words),
            ]))
        }
        return lines
    }
}
