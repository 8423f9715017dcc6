extension FormPack {
    /// The pack as a readable outline for `stayform forms show`: categories, sections and
    /// fields with codes and types, documents with the facts they show, each fact's source of
    /// truth, rules, figures with their sources, holidays and texts.
    ///
    ///     print(pack.outline())   // "Stay Permit Extension (stay-permit-extension), edition …"
    public func outline(language: String = "en") -> String {
        var out = OutlineWriter(language: language)
        let effective = effectiveDate.map { ", effective \($0.displayString)" } ?? ""
        out.line("\(title.resolved(for: language)) (\(id)), edition \(edition)\(effective)")
        out.line("Languages: \(languages.joined(separator: ", "))")
        writeCategories(&out)
        writeSections(&out)
        writeDocuments(&out)
        writeFacts(&out)
        writeRules(&out)
        writeFigures(&out)
        writeHolidays(&out)
        writeTexts(&out)
        return out.text
    }

    /// Only the figures and holiday lists, each with its value, source, effective date,
    /// last-checked date and confidence, for `stayform forms show ID --figures`.
    ///
    ///     print(pack.figuresOutline())   // "… fee.voa-extension … source: PP 45/2024 …"
    public func figuresOutline(language: String = "en") -> String {
        var out = OutlineWriter(language: language)
        out.line("\(title.resolved(for: language)) (\(id)), edition \(edition): \(figures.count) figures, "
            + "\(holidayYears.count) holiday lists")
        writeFigures(&out)
        writeHolidays(&out)
        return out.text
    }

    private func writeCategories(_ out: inout OutlineWriter) {
        guard !categories.isEmpty else { return }
        out.heading("Permit categories", field: categoryFieldID.map { "answered in field \($0)" })
        for category in categories {
            let extendable = category.isExtendable ? "filed by \(category.filedBy.rawValue)"
                : "NOT extendable: the wizard stops (text \(category.stopText ?? "-"))"
            let replaces = category.formerIDs.isEmpty ? "" : " (replaces \(category.formerIDs.joined(separator: ", ")))"
            out.line("\(out.text(category.label)) [\(category.id)]\(replaces): \(extendable)", indent: 1)
            out.paragraph(category.help, indent: 2)
            if !category.figureIDs.isEmpty {
                out.line("Figures: " + category.figureIDs.map { figureSummary($0) }
                    .joined(separator: "; "), indent: 2)
            }
            writeRequirements("Requires", category.requiredDocuments, &out)
            writeRequirements("Recommends", category.recommendedDocuments, &out)
        }
    }

    private func writeRequirements(
        _ title: String, _ requirements: [DocumentRequirement], _ out: inout OutlineWriter
    ) {
        guard !requirements.isEmpty else { return }
        out.line("\(title):", indent: 2)
        for requirement in requirements {
            let label = document(id: requirement.documentID).map { out.text($0.label) }
                ?? requirement.documentID
            let when = requirement.when.map { " — when \($0)" } ?? ""
            out.line("- \(label)\(when)", indent: 3)
        }
    }

    private func writeSections(_ out: inout OutlineWriter) {
        out.heading("Sections")
        for section in sections {
            let when = section.shownWhen.map { " (shown when \($0))" } ?? ""
            out.line("\(section.code) \(out.text(section.title)) [\(section.id)]\(when)", indent: 1)
            for field in section.fields {
                var notes: [String] = []
                if field.isRequired {
                    notes.append("required")
                } else if let when = field.requiredWhen {
                    notes.append("required when \(when)")
                }
                if let when = field.shownWhen { notes.append("shown when \(when)") }
                if let fact = field.fact { notes.append("states \(fact)") }
                let constraints = field.constraints
                if let pattern = constraints.pattern {
                    notes.append("matches \(pattern)" + (constraints.format.map { " (\(out.text($0)))" } ?? ""))
                }
                if let minLength = constraints.minLength { notes.append("at least \(minLength) characters") }
                if let minimum = constraints.minimum { notes.append("at least \(minimum)") }
                if let maximum = constraints.maximum { notes.append("at most \(maximum)") }
                for (word, bound) in [("not before", constraints.earliest), ("not after", constraints.latest)] {
                    switch bound {
                    case .today: notes.append("\(word) today")
                    case .date(let date): notes.append("\(word) \(date.iso8601)")
                    case nil: break
                    }
                }
                if let document = field.document { notes.append("holds \(document)") }
                let detail = notes.isEmpty ? "" : " — " + notes.joined(separator: "; ")
                out.line("\(field.code) \(out.text(field.label)) <\(field.type.rawValue)> "
                    + "[\(field.id)]\(detail)", indent: 2)
                for (filer, wording) in field.wordingByFiler.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    if let label = wording.label { out.line("when the \(filer.rawValue) files: \(out.text(label))", indent: 3) }
                }
                if !field.options.isEmpty {
                    out.line("options: " + field.options.map { "\($0.value) (\(out.text($0.label)))" }
                        .joined(separator: ", "), indent: 3)
                }
            }
        }
    }

    private func writeDocuments(_ out: inout OutlineWriter) {
        guard !documents.isEmpty else { return }
        out.heading("Documents")
        for document in documents {
            out.line("\(out.text(document.label)) [\(document.id)]", indent: 1)
            for factID in document.shows {
                let isSource = fact(id: factID)?.sourceDocumentID == document.id
                let label = fact(id: factID).map { out.text($0.label) } ?? factID
                out.line("shows \(label)\(isSource ? " (source of truth)" : "")", indent: 2)
            }
        }
    }

    private func writeFacts(_ out: inout OutlineWriter) {
        guard !facts.isEmpty else { return }
        out.heading("Facts and their source of truth")
        for fact in facts {
            let source = document(id: fact.sourceDocumentID).map { out.text($0.label) }
                ?? fact.sourceDocumentID
            let fields = fields(statingFact: fact.id).map(\.code).joined(separator: ", ")
            out.line("\(out.text(fact.label)) [\(fact.id)] ← \(source); compared as "
                + "\(fact.normalizer.rawValue)\(fields.isEmpty ? "" : "; fields \(fields)")",
                indent: 1)
        }
    }

    private func writeRules(_ out: inout OutlineWriter) {
        guard !rules.isEmpty else { return }
        out.heading("Rules")
        for rule in rules {
            let parameters = rule.parameters.keys.sorted().map { name in
                "\(name)=\(rule.parameters[name]?.names.joined(separator: ",") ?? "")"
            }
            let when = rule.when.map { " when \($0)" } ?? ""
            out.line("\(rule.id) [\(rule.kind.rawValue), \(rule.severity.rawValue)]"
                + (parameters.isEmpty ? "" : " " + parameters.joined(separator: " ")) + when,
                indent: 1)
            out.paragraph(rule.message, indent: 2)
        }
    }

    private func writeFigures(_ out: inout OutlineWriter) {
        guard !figures.isEmpty else { return }
        out.heading("Fees, deadlines, limits and caps")
        for figure in figures {
            out.line("\(out.text(figure.label)) [\(figure.id), \(figure.kind.rawValue)]: "
                + "\(figureValues(figure)) — \(figure.provenance.confidence.rawValue.uppercased())",
                indent: 1)
            writeProvenance(figure.provenance, &out)
            out.paragraph(figure.note, indent: 2)
        }
    }

    private func writeProvenance(_ provenance: Provenance, _ out: inout OutlineWriter) {
        out.line("source: \(provenance.source)", indent: 2)
        out.line("effective: \(provenance.effectiveDate?.displayString ?? "unknown"); "
            + "last checked: \(provenance.lastChecked.displayString); "
            + "confidence: \(provenance.confidence.rawValue)", indent: 2)
    }

    private func writeHolidays(_ out: inout OutlineWriter) {
        guard !holidayYears.isEmpty else { return }
        out.heading("Holidays and collective leave (offices closed)")
        for year in holidayYears {
            out.line("\(year.year): \(year.days.count) days", indent: 1)
            writeProvenance(year.provenance, &out)
            for day in year.days {
                let kind = day.kind == .collectiveLeave ? " (cuti bersama)" : ""
                out.line("\(day.date.displayString) \(out.text(day.name))\(kind)", indent: 2)
            }
        }
    }

    private func writeTexts(_ out: inout OutlineWriter) {
        guard !texts.isEmpty else { return }
        out.heading("Texts")
        for id in texts.keys.sorted() {
            out.line("[\(id)]", indent: 1)
            if let text = texts[id] { out.paragraph(text, indent: 2) }
        }
    }

    private func figureSummary(_ id: String) -> String {
        guard let figure = figure(id: id) else { return id }
        return "\(figure.label.resolved()) \(figureValues(figure))"
    }

    private func figureValues(_ figure: Figure) -> String {
        figure.values.map { value in
            value.displayString + (value.source.map { " (\($0))" } ?? "")
        }.joined(separator: " or ")
    }
}

/// Builds the outline text: indented lines and headings.
private struct OutlineWriter {
    let language: String
    private(set) var text = ""

    init(language: String) {
        self.language = language
    }

    func text(_ localized: LocalizedText) -> String {
        localized.resolved(for: language)
    }

    mutating func line(_ content: String, indent: Int = 0) {
        text += String(repeating: "  ", count: indent) + content + "\n"
    }

    mutating func heading(_ title: String, field: String? = nil) {
        text += "\n" + title + (field.map { " (\($0))" } ?? "") + "\n"
    }

    /// A longer text, its lines indented; nothing when it is empty.
    mutating func paragraph(_ localized: LocalizedText, indent: Int) {
        let content = localized.resolved(for: language)
        guard !content.isEmpty else { return }
        for part in content.split(separator: "\n", omittingEmptySubsequences: true) {
            line(String(part), indent: indent)
        }
    }
}
