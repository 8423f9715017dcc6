import StayformCore

/// Turns a composed pack document into a `FormPack`, collecting every problem: syntax is
/// Yams's job; this checks keys, types, duplicate ids and that every reference resolves.
final class FormPackParser {
    /// The pack format this code reads (`format: 1`).
    static let formatVersion = 1

    let reader: NodeReader
    /// Where each id was first defined, by kind, for duplicate and reference checks.
    private var definitions: [PackEntity: [String: YAMLNode]] = [:]
    /// References to check once the whole pack is read.
    private var references: [(entity: PackEntity, id: String, node: YAMLNode, from: Phrase)] = []

    init(path: String) {
        reader = NodeReader(path: path)
    }

    static let rootKeys = [
        "format", "id", "title", "edition", "effective", "languages", "sections",
    ]
    static let optionalRootKeys = [
        "summary", "category-field", "categories", "documents", "facts", "rules", "figures",
        "holidays", "texts", "countries",
    ]

    /// Reads the pack; `nil` when the root is unusable. Problems are in `reader.errors`.
    func parse(_ root: YAMLNode) -> FormPack? {
        guard let pack = reader.object(root, Phrase { words in words["pack.what.pack"] }, required: Self.rootKeys,
            optional: Self.optionalRootKeys)
        else { return nil }
        if let format = reader.int("format", in: pack), format != Self.formatVersion {
            reader.report(pack["format"], Phrase { words in
                words("pack.format.unknown", ["current": String(Self.formatVersion), "format": String(format)])
            })
        }
        reader.languages = parseLanguages(pack)
        let id = reader.identifier("id", in: pack)
        let title = reader.text("title", in: pack)
        let edition = reader.string("edition", in: pack)
        let effective = reader.date("effective", in: pack)
        let texts = parseTexts(pack)
        let countries = parseCountries(pack)
        let categories = (reader.list("categories", in: pack) ?? []).compactMap(parseCategory)
        var sections = (reader.list("sections", in: pack) ?? []).compactMap(parseSection)
        let documents = (reader.list("documents", in: pack) ?? []).compactMap(parseDocument)
        let facts = (reader.list("facts", in: pack) ?? []).compactMap(parseFact)
        let ruleNodes = reader.list("rules", in: pack) ?? []
        let rules = ruleNodes.compactMap(parseRule)
        let figures = (reader.list("figures", in: pack) ?? []).compactMap(parseFigure)
        let holidays = (reader.list("holidays", in: pack) ?? []).compactMap(parseHolidayYear)
        let categoryField = reader.identifier("category-field", in: pack)
        if let categoryField, let node = pack["category-field"] {
            refer(.field, categoryField, at: node, from: Phrase(verbatim: "`category-field`"))
        }
        checkSources(facts: facts, documents: documents)
        if rules.count == ruleNodes.count {
            checkMissingAnswersAreFindings(sections: sections, categories: categories, rules: rules, node: pack.node)
        }
        resolveReferences()
        sections = fillCategoryOptions(
            sections, fieldID: categoryField, categories: categories,
            node: pack["category-field"])
        if sections.isEmpty, pack["sections"] != nil {
            reader.report(pack["sections"], Phrase { words in words["pack.sections.none"] })
        }
        guard reader.errors.isEmpty, let id, let title, let edition else { return nil }
        return FormPack(
            id: id, title: title, edition: edition, sections: sections, effectiveDate: effective,
            languages: reader.languages, categoryFieldID: categoryField, categories: categories,
            documents: documents, facts: facts, rules: rules, figures: figures,
            holidayYears: holidays, texts: texts, countries: countries)
    }

    /// Missing answers and documents are findings like any other, so that the verdict of
    /// `check`, `export` and the wizard is one: a pack that asks for required answers needs a
    /// `required-fields` rule, one that requires documents a `required-documents` rule.
    private func checkMissingAnswersAreFindings(
        sections: [FormSection], categories: [PermitCategory], rules: [CheckRule], node: YAMLNode
    ) {
        let fields = sections.flatMap(\.fields)
        let kinds = Set(rules.map(\.kind))
        if fields.contains(where: { $0.type != .attachment && ($0.isRequired || $0.requiredWhen != nil) }),
            !kinds.contains(.requiredFields)
        {
            reader.report(node, Phrase { words in words["pack.rules.no-required-fields"] })
        }
        let requiresDocuments = categories.contains { !$0.requiredDocuments.isEmpty }
            || fields.contains { $0.type == .attachment && ($0.isRequired || $0.requiredWhen != nil) }
        if requiresDocuments, !kinds.contains(.requiredDocuments) {
            reader.report(node, Phrase { words in words["pack.rules.no-required-documents"] })
        }
    }

    private func parseLanguages(_ pack: PackObject) -> [String] {
        guard let names = reader.names("languages", in: pack) else { return ["en"] }
        var languages: [String] = []
        for (code, node) in names {
            guard code.count == 2, code.allSatisfy({ $0.isLowercase && $0.isASCII }) else {
                reader.report(node, Phrase { words in words("pack.languages.bad-code", ["code": code]) })
                continue
            }
            if languages.contains(code) {
                reader.report(node, Phrase { words in words("pack.languages.twice", ["code": code]) })
            }
            languages.append(code)
        }
        if !languages.contains("en") {
            reader.report(pack["languages"], Phrase { words in words["pack.languages.no-english"] })
        }
        return languages
    }

    private func parseTexts(_ pack: PackObject) -> [String: LocalizedText] {
        guard let node = pack["texts"] else { return [:] }
        guard let mapping = node.mapping else {
            reader.report(node, Phrase { words in words["pack.texts.not-mapping"] })
            return [:]
        }
        var texts: [String: LocalizedText] = [:]
        for (key, value) in mapping {
            guard let id = key.scalar?.string, NodeReader.isIdentifier(id) else {
                let name = key.scalar?.string ?? "?"
                reader.report(key, Phrase { words in words("pack.texts.bad-id", ["id": name]) })
                continue
            }
            define(.text, id, at: key)
            texts[id] = reader.text(value, Phrase { words in words("pack.what.text", ["id": id]) })
        }
        return texts
    }

    private func parseCountries(_ pack: PackObject) -> [Country] {
        var countries: [Country] = []
        for node in reader.list("countries", in: pack) ?? [] {
            guard let object = reader.object(node, Phrase { words in words["pack.what.a-country"] }, required: ["code", "name"]),
                let code = reader.string("code", in: object),
                let name = reader.string("name", in: object)
            else { continue }
            guard code.count == 3, code.allSatisfy({ $0.isUppercase && $0.isASCII }) else {
                reader.report(object["code"], Phrase { words in words("pack.countries.bad-code", ["code": code]) })
                continue
            }
            define(.country, code, at: object["code"] ?? node)
            countries.append(Country(code: code, name: name))
        }
        return countries
    }

    // MARK: Definitions and references

    /// Records that `id` is defined at `node`; reports a duplicate.
    func define(_ entity: PackEntity, _ id: String, at node: YAMLNode) {
        if let first = definitions[entity]?[id] {
            let line = first.mark.line
            reader.report(node, Phrase { words in
                words("pack.duplicate-id-at", ["entity": entity.name(in: words), "id": id, "line": String(line)])
            })
            return
        }
        definitions[entity, default: [:]][id] = node
    }

    /// Whether `id` has been defined as `entity` so far.
    func isDefined(_ entity: PackEntity, _ id: String) -> Bool {
        definitions[entity]?[id] != nil
    }

    /// Where `id` was defined as `entity`.
    func definitionNode(_ entity: PackEntity, _ id: String) -> YAMLNode? {
        definitions[entity]?[id]
    }

    /// Records a reference to check once everything is read.
    func refer(_ entity: PackEntity, _ id: String, at node: YAMLNode, from: Phrase) {
        references.append((entity, id, node, from))
    }

    private func resolveReferences() {
        for reference in references where !isDefined(reference.entity, reference.id) {
            let known = (definitions[reference.entity] ?? [:]).keys.sorted()
            let (from, entity, id) = (reference.from, reference.entity, reference.id)
            if let closest = Self.closest(to: id, in: known) {
                reader.report(reference.node, Phrase { words in
                    words("pack.reference.unknown-close", [
                        "from": words[from], "entity": entity.name(in: words), "id": id, "closest": closest,
                    ])
                })
            } else {
                reader.report(reference.node, Phrase { words in
                    words("pack.reference.unknown", ["from": words[from], "entity": entity.name(in: words), "id": id])
                })
            }
        }
    }

    /// A defined id that shares the most leading characters with `id`, as a typo hint.
    private static func closest(to id: String, in known: [String]) -> String? {
        let scored = known.map { candidate in
            (candidate, zip(candidate, id).prefix { $0 == $1 }.count)
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 3 else { return nil }
        return best.0
    }
}

/// The kinds of things a pack defines by id and refers to.
enum PackEntity: Hashable, Sendable {
    case section
    case field
    case fieldCode
    case category
    case document
    case fact
    case rule
    case figure
    case text
    case country
    case holiday

    /// The kind as a message in the language of `words` names it: "field code".
    func name(in words: Words) -> String {
        switch self {
        case .section: words["pack.entity.section"]
        case .field: words["pack.entity.field"]
        case .fieldCode: words["pack.entity.field-code"]
        case .category: words["pack.entity.category"]
        case .document: words["pack.entity.document"]
        case .fact: words["pack.entity.fact"]
        case .rule: words["pack.entity.rule"]
        case .figure: words["pack.entity.figure"]
        case .text: words["pack.entity.text"]
        case .country: words["pack.entity.country"]
        case .holiday: words["pack.entity.holiday"]
        }
    }
}
