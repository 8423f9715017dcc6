extension ApplicationExport {
    /// The export of `draft` checked against `pack`: `findings` as the engine gave them,
    /// `attachments` as persistence read them (keyed by the path the draft records), the
    /// deadlines counted from `today`. Texts in `language`, else English.
    public init(
        pack: FormPack, draft: Draft, findings: [Finding], today: CalendarDate,
        attachments: [String: AttachmentFacts], language: String = "en"
    ) {
        let values = draft.values
        let neededDocuments = Set(pack.neededDocuments(in: draft).map(\.id))
        let sections = pack.sections.compactMap { section -> ExportedSection? in
            guard pack.isAsked(section, in: draft) else { return nil }
            let fields = section.fields.compactMap { field -> ExportedField? in
                guard pack.isAsked(field, in: draft) else { return nil }
                if let document = field.document {
                    let files = draft.attachments[document] ?? []
                    return ExportedField(
                        id: field.id, code: field.code, label: pack.label(of: field, given: values).resolved(for: language),
                        value: files.isEmpty ? nil : files.map(\.path).joined(separator: ", "),
                        isRequired: neededDocuments.contains(document))
                }
                let answer = values[field.id].flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0 }
                return ExportedField(
                    id: field.id, code: field.code, label: pack.label(of: field, given: values).resolved(for: language),
                    value: answer.map { field.exportValue(of: $0, in: pack, language: language) },
                    isRequired: pack.needsAnswer(field, in: draft), problem: answer == nil ? nil : pack.answerProblem(of: field, in: findings)?.detail)
            }
            guard !fields.isEmpty else { return nil }
            return ExportedSection(id: section.id, code: section.code, title: section.title.resolved(for: language), fields: fields)
        }
        self.init(
            formID: pack.id, edition: pack.edition, title: pack.title.resolved(for: language), today: today,
            category: pack.selectedCategory(given: values)?.label.resolved(for: language),
            sections: sections,
            documents: ExportedDocument.checklist(
                pack: pack, draft: draft, findings: findings, attachments: attachments, language: language),
            findings: findings,
            deadline: DeadlineSummary(pack: pack, values: values, today: today, language: language),
            language: language)
    }
}
