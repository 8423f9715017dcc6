import StayformCore

extension FormPackParser {
    func parseCategory(_ node: YAMLNode) -> PermitCategory? {
        guard var category = reader.object(node, Phrase { words in words["pack.what.a-category"] },
            required: ["id", "label", "help", "extendable", "filed-by"],
            optional: ["stop-text", "figures", "requires", "recommends", "replaces"])
        else { return nil }
        let id = reader.identifier("id", in: category)
        if let id {
            category.what = Phrase { words in words("pack.what.category", ["id": id]) }
            define(.category, id, at: category["id"] ?? node)
        }
        let label = reader.text("label", in: category)
        let help = reader.text("help", in: category)
        let extendable = reader.bool("extendable", in: category)
        let filedBy = reader.choice("filed-by", in: category, as: Filer.self,
            named: Phrase { words in words["pack.set.filer"] })
        let stopText = reader.identifier("stop-text", in: category)
        if let stopText, let stopNode = category["stop-text"] {
            refer(.text, stopText, at: stopNode, from: category.what)
        }
        if extendable == false, stopText == nil {
            let what = category.what
            reader.report(node, Phrase { words in words("pack.category.no-stop-text", ["what": words[what]]) })
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
        let what = category.what
        let from = Phrase { words in words("pack.what.key-of", ["key": key, "what": words[what]]) }
        for node in reader.list(key, in: category) ?? [] {
            if let id = node.scalar?.string {
                refer(.document, id, at: node, from: from)
                requirements.append(DocumentRequirement(documentID: id))
                continue
            }
            guard let object = reader.object(node,
                Phrase { words in words("pack.what.a-document-of", ["key": key, "what": words[what]]) },
                required: ["document", "when"]),
                let id = reader.identifier("document", in: object)
            else { continue }
            refer(.document, id, at: object["document"] ?? node, from: from)
            guard let when = condition("when", in: object) else { continue }
            requirements.append(DocumentRequirement(documentID: id, when: when))
        }
        return requirements
    }

    func parseDocument(_ node: YAMLNode) -> SupportingDocument? {
        guard var document = reader.object(node, Phrase { words in words["pack.what.a-document"] },
            required: ["id", "label", "help"], optional: ["shows", "by-filer"])
        else { return nil }
        let id = reader.identifier("id", in: document)
        if let id {
            document.what = Phrase { words in words("pack.what.document", ["id": id]) }
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

    func parseFact(_ node: YAMLNode) -> Fact? {
        guard var fact = reader.object(node, Phrase { words in words["pack.what.a-fact"] },
            required: ["id", "label", "source"], optional: ["normalizer"])
        else { return nil }
        let id = reader.identifier("id", in: fact)
        if let id {
            fact.what = Phrase { words in words("pack.what.fact", ["id": id]) }
            define(.fact, id, at: fact["id"] ?? node)
        }
        let label = reader.text("label", in: fact)
        let source = reader.identifier("source", in: fact)
        if let source, let sourceNode = fact["source"] {
            let what = fact.what
            refer(.document, source, at: sourceNode, from: Phrase { words in
                words("pack.what.source-of", ["what": words[what]])
            })
        }
        let normalizer = fact["normalizer"] == nil
            ? ValueNormalizer.text
            : reader.choice("normalizer", in: fact, as: ValueNormalizer.self,
                named: Phrase { words in words["pack.set.normalizer"] })
        guard let id, let label, let source, let normalizer else { return nil }
        return Fact(id: id, label: label, sourceDocumentID: source, normalizer: normalizer)
    }

    /// Every fact's source document must list the fact under `shows`.
    func checkSources(facts: [Fact], documents: [SupportingDocument]) {
        for fact in facts {
            guard let document = documents.first(where: { $0.id == fact.sourceDocumentID }),
                !document.shows.contains(fact.id)
            else { continue }
            let (factID, documentID) = (fact.id, document.id)
            reader.report(definitionNode(.fact, fact.id), Phrase { words in
                words("pack.fact.not-shown", ["fact": factID, "document": documentID])
            })
        }
    }
}
