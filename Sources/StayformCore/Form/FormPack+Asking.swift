/// Whether a section, field or document is asked, and whether it needs an answer: decided
/// here and only here, for the wizard, the engine, the completion figure and the export.
///
///     pack.isAsked(section, in: draft)     // its `shown-when` holds
///     pack.isAsked(field, in: draft)       // its section and its `shown-when` hold; an
///                                          // attachment: its document is listed or attached
///     pack.needsAnswer(field, in: draft)   // asked, and `required` or `required-when` holds
///     pack.neededDocuments(in: draft)      // the documents that must be attached
extension FormPack {
    /// Whether `section` applies, given the answers so far.
    public func isAsked(_ section: FormSection, in draft: Draft) -> Bool {
        section.shownWhen?.isSatisfied(by: draft.values) ?? true
    }

    /// Whether `field` is asked, given the answers so far: its section applies and its own
    /// `shown-when` holds. An attachment field of a pack with categories is asked when the
    /// chosen category requires or recommends its document, when the field itself needs an
    /// answer, or when a file is already attached.
    public func isAsked(_ field: FormField, in draft: Draft) -> Bool {
        guard let section = section(holding: field.id) else { return false }
        return isAsked(field, of: section, in: draft)
    }

    /// `isAsked(_:in:)` for a field of `section`, without looking the section up.
    public func isAsked(_ field: FormField, of section: FormSection, in draft: Draft) -> Bool {
        let values = draft.values
        guard isAsked(section, in: draft), field.shownWhen?.isSatisfied(by: values) ?? true else { return false }
        guard let document = field.document, categoryFieldID != nil else { return true }
        if let value = values[field.id], !value.isEmpty { return true }
        if !(draft.attachments[document]?.isEmpty ?? true) { return true }
        if field.isRequired || (field.requiredWhen?.isSatisfied(by: values) ?? false) { return true }
        return listedDocumentIDs(given: values).contains(document)
    }

    /// Whether `field` must be answered: it is asked, and `required` or its `required-when`
    /// holds.
    public func needsAnswer(_ field: FormField, in draft: Draft) -> Bool {
        guard let section = section(holding: field.id) else { return false }
        return needsAnswer(field, of: section, in: draft)
    }

    /// `needsAnswer(_:in:)` for a field of `section`, without looking the section up.
    public func needsAnswer(_ field: FormField, of section: FormSection, in draft: Draft) -> Bool {
        guard isAsked(field, of: section, in: draft) else { return false }
        return field.isRequired || (field.requiredWhen?.isSatisfied(by: draft.values) ?? false)
    }

    /// The documents that must be attached, in pack order: those the chosen category requires
    /// given the answers, and those held by an attachment field that needs an answer.
    public func neededDocuments(in draft: Draft) -> [SupportingDocument] {
        var byField: Set<String> = []
        for section in sections {
            for field in section.fields where field.type == .attachment && needsAnswer(field, of: section, in: draft) {
                if let document = field.document { byField.insert(document) }
            }
        }
        let byCategory = Set(requiredDocuments(given: draft.values).map(\.id))
        return documents.filter { byField.contains($0.id) || byCategory.contains($0.id) }
    }

    /// The documents the package lists (needed or recommended), by id.
    public func listedDocumentIDs(given values: [String: String]) -> Set<String> {
        Set((requiredDocuments(given: values) + recommendedDocuments(given: values)).map(\.id))
    }

    /// The fields whose answers can change what is asked or needed: those read by a section's,
    /// a field's or a category's conditions, the category field, and every attachment field.
    /// Any other answer only changes whether its own field is given (`FormProgress.recount`).
    public var progressInputs: Set<String> {
        var inputs = Set([categoryFieldID].compactMap { $0 })
        for section in sections {
            inputs.formUnion(section.shownWhen?.fieldIDs ?? [])
            for field in section.fields {
                inputs.formUnion((field.shownWhen?.fieldIDs ?? []) + (field.requiredWhen?.fieldIDs ?? []))
                if field.type == .attachment { inputs.insert(field.id) }
            }
        }
        for category in categories {
            for requirement in category.requiredDocuments + category.recommendedDocuments {
                inputs.formUnion(requirement.when?.fieldIDs ?? [])
            }
        }
        return inputs
    }

    /// The section that holds the field `id`.
    public func section(holding fieldID: String) -> FormSection? {
        sections.first { $0.fields.contains { $0.id == fieldID } }
    }
}
