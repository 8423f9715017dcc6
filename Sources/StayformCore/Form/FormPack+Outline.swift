extension FormPack {
    /// The pack as a readable outline for `stayform forms show`: categories, sections and
    /// fields with codes and types, documents with the facts they show, each fact's source of
    /// truth, rules, figures with their sources, holidays and texts.
    ///
    ///     print(pack.outline())   // "Stay Permit Extension (stay-permit-extension), edition …"
    public func outline(language: String = "en") -> String {
        var out = OutlineWriter(language: language)
        let effective = effectiveDate.map { out.words("outline.effective", ["date": out.words.date($0, style: .abbreviated)]) }
        out.line(out.words("outline.title", [
            "title": title.resolved(for: language), "id": id, "edition": edition, "effective": effective ?? "",
        ]))
        out.line(out.words("outline.languages", ["languages": languages.joined(separator: ", ")]))
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
        out.line(out.words("outline.figures-title", [
            "title": title.resolved(for: language), "id": id, "edition": edition,
            "figures": String(figures.count), "holidays": String(holidayYears.count),
        ]))
        writeFigures(&out)
        writeHolidays(&out)
        return out.text
    }

    private func writeCategories(_ out: inout OutlineWriter) {
        guard !categories.isEmpty else { return }
        out.heading(out.words["outline.categories"], field: categoryFieldID.map { out.words("outline.categories.field", ["field": $0]) })
        for category in categories {
            let extendable = category.isExtendable ? out.words("outline.category.filed-by", ["filer": category.filedBy.rawValue])
                : out.words("outline.category.stops", ["text": category.stopText ?? "-"])
            let replaces = category.formerIDs.isEmpty ? ""
                : " " + out.words("outline.category.replaces", ["ids": category.formerIDs.joined(separator: ", ")])
            out.line("\(out.text(category.label)) [\(category.id)]\(replaces): \(extendable)", indent: 1)
            out.paragraph(category.help, indent: 2)
            if !category.figureIDs.isEmpty {
                out.line(out.words("outline.category.figures", [
                    "figures": category.figureIDs.map { figureSummary($0, words: out.words) }.joined(separator: "; "),
                ]), indent: 2)
            }
            writeRequirements(out.words["outline.requires"], category.requiredDocuments, &out)
            writeRequirements(out.words["outline.recommends"], category.recommendedDocuments, &out)
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
            let when = requirement.when.map { " " + out.words("outline.requirement.when", ["condition": "\($0)"]) } ?? ""
            out.line("- \(label)\(when)", indent: 3)
        }
    }

    private func writeSections(_ out: inout OutlineWriter) {
        out.heading(out.words["outline.sections"])
        for section in sections {
            let when = section.shownWhen.map { " " + out.words("outline.section.shown-when", ["condition": "\($0)"]) } ?? ""
            out.line("\(section.code) \(out.text(section.title)) [\(section.id)]\(when)", indent: 1)
            for field in section.fields {
                var notes: [String] = []
                let words = out.words
                if field.isRequired {
                    notes.append(words["outline.field.required"])
                } else if let when = field.requiredWhen {
                    notes.append(words("outline.field.required-when", ["condition": "\(when)"]))
                }
                if let when = field.shownWhen { notes.append(words("outline.field.shown-when", ["condition": "\(when)"])) }
                if let fact = field.fact { notes.append(words("outline.field.states", ["fact": fact])) }
                let constraints = field.constraints
                if let pattern = constraints.pattern {
                    notes.append(words("outline.field.matches", ["pattern": pattern])
                        + (constraints.format.map { " (\(out.text($0)))" } ?? ""))
                }
                if let minLength = constraints.minLength {
                    notes.append(words("outline.field.min-length", ["count": String(minLength)]))
                }
                if let minimum = constraints.minimum { notes.append(words("outline.field.minimum", ["value": "\(minimum)"])) }
                if let maximum = constraints.maximum { notes.append(words("outline.field.maximum", ["value": "\(maximum)"])) }
                for (key, bound) in [("outline.field.not-before", constraints.earliest), ("outline.field.not-after", constraints.latest)] {
                    switch bound {
                    case .today: notes.append(words(key, ["date": words["outline.today"]]))
                    case .date(let date): notes.append(words(key, ["date": date.iso8601]))
                    case nil: break
                    }
                }
                if let document = field.document { notes.append(words("outline.field.holds", ["document": document])) }
                let detail = notes.isEmpty ? "" : " — " + notes.joined(separator: "; ")
                out.line("\(field.code) \(out.text(field.label)) <\(field.type.rawValue)> "
                    + "[\(field.id)]\(detail)", indent: 2)
                for (filer, wording) in field.wordingByFiler.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    if let label = wording.label {
                        out.line(out.words("outline.field.when-filer", ["filer": filer.rawValue, "label": out.text(label)]), indent: 3)
                    }
                }
                if !field.options.isEmpty {
                    out.line(out.words("outline.field.options", [
                        "options": field.options.map { "\($0.value) (\(out.text($0.label)))" }.joined(separator: ", "),
                    ]), indent: 3)
                }
            }
        }
    }

    private func writeDocuments(_ out: inout OutlineWriter) {
        guard !documents.isEmpty else { return }
        out.heading(out.words["outline.documents"])
        for document in documents {
            out.line("\(out.text(document.label)) [\(document.id)]", indent: 1)
            for factID in document.shows {
                let isSource = fact(id: factID)?.sourceDocumentID == document.id
                let label = fact(id: factID).map { out.text($0.label) } ?? factID
                let source = isSource ? " " + out.words["outline.document.source-of-truth"] : ""
                out.line(out.words("outline.document.shows", ["fact": label]) + source, indent: 2)
            }
        }
    }

    private func writeFacts(_ out: inout OutlineWriter) {
        guard !facts.isEmpty else { return }
        out.heading(out.words["outline.facts"])
        for fact in facts {
            let source = document(id: fact.sourceDocumentID).map { out.text($0.label) }
                ?? fact.sourceDocumentID
            let fields = fields(statingFact: fact.id).map(\.code).joined(separator: ", ")
            out.line(out.words("outline.fact", [
                "label": out.text(fact.label), "id": fact.id, "source": source, "normalizer": fact.normalizer.rawValue,
            ]) + (fields.isEmpty ? "" : "; " + out.words("outline.fact.fields", ["codes": fields])), indent: 1)
        }
    }

    private func writeRules(_ out: inout OutlineWriter) {
        guard !rules.isEmpty else { return }
        out.heading(out.words["outline.rules"])
        for rule in rules {
            let parameters = rule.parameters.keys.sorted().map { name in
                "\(name)=\(rule.parameters[name]?.names.joined(separator: ",") ?? "")"
            }
            let when = rule.when.map { " " + out.words("outline.rule.when", ["condition": "\($0)"]) } ?? ""
            out.line("\(rule.id) [\(rule.kind.rawValue), \(rule.severity.rawValue)]"
                + (parameters.isEmpty ? "" : " " + parameters.joined(separator: " ")) + when,
                indent: 1)
            out.paragraph(rule.message, indent: 2)
        }
    }

    private func writeFigures(_ out: inout OutlineWriter) {
        guard !figures.isEmpty else { return }
        out.heading(out.words["outline.figures"])
        for figure in figures {
            out.line("\(out.text(figure.label)) [\(figure.id), \(figure.kind.rawValue)]: "
                + "\(figureValues(figure, words: out.words)) — \(figure.provenance.confidence.wording(out.words).uppercased())",
                indent: 1)
            writeProvenance(figure.provenance, &out)
            out.paragraph(figure.note, indent: 2)
        }
    }

    private func writeProvenance(_ provenance: Provenance, _ out: inout OutlineWriter) {
        let words = out.words
        out.line(words("outline.source", ["source": provenance.source]), indent: 2)
        out.line(words("outline.dates", [
            "effective": provenance.effectiveDate.map { words.date($0, style: .abbreviated) } ?? words["outline.unknown"],
            "checked": words.date(provenance.lastChecked, style: .abbreviated),
            "confidence": provenance.confidence.wording(words),
        ]), indent: 2)
    }

    private func writeHolidays(_ out: inout OutlineWriter) {
        guard !holidayYears.isEmpty else { return }
        out.heading(out.words["outline.holidays"])
        for year in holidayYears {
            out.line(out.words.counted("outline.holiday-year", year.days.count, ["year": String(year.year)]), indent: 1)
            writeProvenance(year.provenance, &out)
            for day in year.days {
                let kind = day.kind == .collectiveLeave ? " " + out.words["outline.collective-leave"] : ""
                out.line("\(out.words.date(day.date, style: .abbreviated)) \(out.text(day.name))\(kind)", indent: 2)
            }
        }
    }

    private func writeTexts(_ out: inout OutlineWriter) {
        guard !texts.isEmpty else { return }
        out.heading(out.words["outline.texts"])
        for id in texts.keys.sorted() {
            out.line("[\(id)]", indent: 1)
            if let text = texts[id] { out.paragraph(text, indent: 2) }
        }
    }

    private func figureSummary(_ id: String, words: Words) -> String {
        guard let figure = figure(id: id) else { return id }
        return "\(figure.label.resolved(for: words.language.code)) \(figureValues(figure, words: words))"
    }

    private func figureValues(_ figure: Figure, words: Words) -> String {
        figure.values.map { value in
            value.written(in: words) + (value.source.map { " (\($0))" } ?? "")
        }.joined(separator: " " + words["outline.or"] + " ")
    }
}

/// Builds the outline text: indented lines and headings.
private struct OutlineWriter {
    let language: String
    /// The outline's own words, in `language`.
    let words: Words
    private(set) var text = ""

    init(language: String) {
        self.language = language
        words = Language(orEnglish: language).words
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
