extension ExportedDocument {
    /// The rule kinds whose findings are about a document's files.
    static let fileRuleKinds: Set<RuleKind> = [
        .attachmentExists, .attachmentSize, .attachmentType, .attachmentDigest, .photoPixels,
    ]

    /// The checklist of `draft`: the documents its category requires, then those it
    /// recommends, then any other document with files attached, each in pack order.
    static func checklist(
        pack: FormPack, draft: Draft, findings: [Finding], attachments: [String: AttachmentFacts],
        language: String
    ) -> [ExportedDocument] {
        let values = draft.values
        let words = Language(orEnglish: language).words
        var listed: [(SupportingDocument, Need)] = []
        var seen: Set<String> = []
        for document in pack.neededDocuments(in: draft) where seen.insert(document.id).inserted {
            listed.append((document, .required))
        }
        for document in pack.recommendedDocuments(given: values) where seen.insert(document.id).inserted {
            listed.append((document, .recommended))
        }
        for document in pack.documents where !(draft.attachments[document.id] ?? []).isEmpty {
            if seen.insert(document.id).inserted { listed.append((document, .attached)) }
        }
        return listed.map { document, need in
            let recorded = draft.attachments[document.id] ?? []
            let files = recorded.map { attachment in
                let facts = attachments[attachment.path]
                let readable = facts?.isReadable ?? false
                return ExportedFile(
                    path: attachment.path, type: readable ? facts?.kind?.typeName : nil,
                    size: readable ? facts?.size ?? attachment.size : attachment.size,
                    pixelSize: readable ? facts?.pixelSize : nil,
                    problem: readable ? nil : facts?.problem ?? words["finding.attachment.not-read"])
            }
            let problems = findings.filter { finding in
                guard let rule = pack.rule(id: finding.ruleID), fileRuleKinds.contains(rule.kind) else { return false }
                return finding.places.contains { if case .document(document.id, _) = $0 { true } else { false } }
            }.map(\.detail)
            let state: State =
                if files.isEmpty { .missing }
                else if !problems.isEmpty || files.contains(where: { $0.problem != nil }) { .attachedWithProblem }
                else { .attached }
            return ExportedDocument(
                id: document.id, label: pack.label(of: document, given: draft.values).resolved(for: language), need: need, state: state,
                files: files, problems: problems,
                restatements: restatements(of: document, pack: pack, draft: draft, language: language))
        }
    }

    /// The facts `document` shows that another document is the source of truth for, each
    /// compared with the form's value.
    static func restatements(
        of document: SupportingDocument, pack: FormPack, draft: Draft, language: String
    ) -> [ExportedRestatement] {
        document.shows.compactMap { factID in
            guard let fact = pack.fact(id: factID), fact.sourceDocumentID != document.id,
                let owner = pack.fields(statingFact: factID).first
            else { return nil }
            let current = draft.values[owner.id]
            let (state, printed): (ExportedRestatement.State, String?) =
                switch draft.restatements[document.id]?[owner.id] {
                case .none: (.notChecked, nil)
                case .differs(let printed): (.differs, printed)
                case .matches(let confirmed) where confirmed != current: (.toConfirmAgain, confirmed)
                case .matches: (.matches, nil)
                }
            return ExportedRestatement(
                fieldID: owner.id, code: owner.code, label: fact.label.resolved(for: language), state: state,
                printed: printed)
        }
    }
}
