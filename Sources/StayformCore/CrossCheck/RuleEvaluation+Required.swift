extension RuleEvaluation {
    /// A field required by its definition, its category and the answers so far, left blank.
    mutating func checkRequiredField(_ fieldID: String) {
        guard let field = lookup.fields[fieldID], answer(fieldID) == nil,
            needsAnswer(field)
        else { return }
        report(
            fieldID, severity: severity(), places: [place(field: fieldID)],
            detail: words("finding.required.field", [
                "code": field.code, "label": context.pack.label(of: field, given: draft.values).resolved(for: context.language),
            ]))
    }

    /// A document the chosen category requires, or an attachment field needing an answer
    /// holds, with no file attached.
    mutating func checkRequiredDocuments() {
        for document in context.pack.neededDocuments(in: draft)
        where draft.attachments[document.id]?.isEmpty ?? true {
            let holders = (lookup.attachmentFieldsByDocument[document.id] ?? []).map { place(field: $0.id) }
            report(
                document.id, severity: severity(), places: holders + [place(document: document.id)],
                detail: words("finding.required.document", [
                    "document": context.pack.label(of: document, given: draft.values).resolved(for: context.language),
                ]))
        }
    }
}
