import StayformCore
import Yams

extension FormPackParser {
    func parseCategory(_ node: Node) -> PermitCategory? {
        guard var category = reader.object(node, "a category",
            required: ["id", "label", "help", "extendable", "filed-by"],
            optional: ["stop-text", "figures", "requires", "recommends", "replaces"])
        else { return nil }
        let id = reader.identifier("id", in: category)
        if let id {
            category.what = "category `\(id)`"
            define(.category, id, at: category["id"] ?? node)
        }
        let label = reader.text("label", in: category)
        let help = reader.text("help", in: category)
        let extendable = reader.bool("extendable", in: category)
        let filedBy = reader.choice("filed-by", in: category, as: Filer.self, named: "filer")
        let stopText = reader.identifier("stop-text", in: category)
        if let stopText, let stopNode = category["stop-text"] {
            refer(.text, stopText, at: stopNode, from: category.what)
        }
        if extendable == false, stopText == nil {
            reader.report(node, "\(category.what) cannot be extended; give it a `stop-text` "
                + "saying what the person can do instead")
        }
        var figureIDs: [String] = []
        for (figure, figureNode) in reader.names("figures", in: category) ?? [] {
            refer(.figure, figure, at: figureNode, from: category.what)
            figureIDs.append(figure)
        }
        let requires = documentRequirements("requires", in: category)
        let recommends = documentRequirements("recommends", in: category)
        guard let id, let label, let help, let extendable, let filedBy else { return nil }
        return PermitCategory(
            id: id, label: label, help: help, isExtendable: extendable, filedBy: filedBy,
            stopText: stopText, figureIDs: figureIDs, requiredDocuments: requires,
            recommendedDocuments: recommends, formerIDs: formerValues(in: category))
    }

    /// Items are a document id, or `{ document: ID, when: CONDITION }`.
    private func documentRequirements(_ key: String, in category: PackObject)
        -> [DocumentRequirement]
    {
        var requirements: [DocumentRequirement] = []
        for node in reader.list(key, in: category) ?? [] {
            if let id = node.scalar?.string {
                refer(.document, id, at: node, from: "`\(key)` of \(category.what)")
                requirements.append(DocumentRequirement(documentID: id))
                continue
            }
            guard let object = reader.object(node, "a document of `\(key)` in \(category.what)",
                required: ["document", "when"]),
                let id = reader.identifier("document", in: object)
            else { continue }
            refer(.document, id, at: object["document"] ?? node,
                from: "`\(key)` of \(category.what)")
            guard let when = condition("when", in: object) else { continue }
            requirements.append(DocumentRequirement(documentID: id, when: when))
        }
        return requirements
    }

    func parseDocument(_ node: Node) -> SupportingDocument? {
        guard var document = reader.object(node, "a document",
            required: ["id", "label", "help"], optional: ["shows", "by-filer"])
        else { return nil }
        let id = reader.identifier("id", in: document)
        if let id {
            document.what = "document `\(id)`"
            define(.document, id, at: document["id"] ?? node)
        }
        let label = reader.text("label", in: document)
        let help = reader.text("help", in: document)
        var shows: [String] = []
        for (fact, factNode) in reader.names("shows", in: document) ?? [] {
            refer(.fact, fact, at: factNode, from: document.what)
            shows.append(fact)
        }
        guard let id, let label, let help else { return nil }
        return SupportingDocument(
            id: id, label: label, help: help, shows: shows, wordingByFiler: wordingByFiler(in: document))
    }

    func parseFact(_ node: Node) -> Fact? {
        guard var fact = reader.object(node, "a fact",
            required: ["id", "label", "source"], optional: ["normalizer"])
        else { return nil }
        let id = reader.identifier("id", in: fact)
        if let id {
            fact.what = "fact `\(id)`"
            define(.fact, id, at: fact["id"] ?? node)
        }
        let label = reader.text("label", in: fact)
        let source = reader.identifier("source", in: fact)
        if let source, let sourceNode = fact["source"] {
            refer(.document, source, at: sourceNode, from: "the source of \(fact.what)")
        }
        let normalizer = fact["normalizer"] == nil
            ? ValueNormalizer.text
            : reader.choice("normalizer", in: fact, as: ValueNormalizer.self, named: "normalizer")
        guard let id, let label, let source, let normalizer else { return nil }
        return Fact(id: id, label: label, sourceDocumentID: source, normalizer: normalizer)
    }

    /// Every fact's source document must list the fact under `shows`.
    func checkSources(facts: [Fact], documents: [SupportingDocument]) {
        for fact in facts {
            guard let document = documents.first(where: { $0.id == fact.sourceDocumentID }),
                !document.shows.contains(fact.id)
            else { continue }
            reader.report(definitionNode(.fact, fact.id),
                "fact `\(fact.id)` has `\(document.id)` as its source, but document "
                    + "`\(document.id)` does not list it under `shows`")
        }
    }
}
