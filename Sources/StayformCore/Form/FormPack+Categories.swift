extension FormPack {
    /// The category the answers chose in the category field, if any.
    ///
    ///     pack.selectedCategory(given: ["permit.category": "visa-exempt"])?.isExtendable  // false
    public func selectedCategory(given values: [String: String]) -> PermitCategory? {
        guard let fieldID = categoryFieldID, let answer = values[fieldID] else { return nil }
        return category(id: answer)
    }

    /// The documents the chosen category requires given the answers, in pack order; empty
    /// before a category is chosen.
    public func requiredDocuments(given values: [String: String]) -> [SupportingDocument] {
        documents(selectedCategory(given: values)?.requiredDocuments ?? [], given: values)
    }

    /// The documents the chosen category recommends given the answers, in pack order.
    public func recommendedDocuments(given values: [String: String]) -> [SupportingDocument] {
        documents(selectedCategory(given: values)?.recommendedDocuments ?? [], given: values)
    }

    private func documents(
        _ requirements: [DocumentRequirement], given values: [String: String]
    ) -> [SupportingDocument] {
        requirements.filter { $0.applies(given: values) }.compactMap { document(id: $0.documentID) }
    }
}
