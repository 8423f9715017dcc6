/// The one place that decides how a field or document is worded for the person who files: the
/// chosen category's filer picks the pack's `by-filer` wording, else the default.
///
///     let values = ["permit.category": "itas"]
///     pack.label(of: relationship, given: values).resolved()   // "Relationship to the applicant"
extension FormPack {
    /// Who files given the answers: the chosen category's filer, the applicant before a
    /// category is chosen.
    public func filer(given values: [String: String]) -> Filer {
        selectedCategory(given: values)?.filedBy ?? .applicant
    }

    /// The label of `field` worded for the filer the answers imply.
    public func label(of field: FormField, given values: [String: String]) -> LocalizedText {
        worded(field.wordingByFiler, \.label, else: field.label, given: values)
    }

    /// The help of `field` worded for the filer the answers imply.
    public func help(of field: FormField, given values: [String: String]) -> LocalizedText {
        worded(field.wordingByFiler, \.help, else: field.help, given: values)
    }

    /// The label of `document` worded for the filer the answers imply.
    public func label(of document: SupportingDocument, given values: [String: String]) -> LocalizedText {
        worded(document.wordingByFiler, \.label, else: document.label, given: values)
    }

    /// The help of `document` worded for the filer the answers imply.
    public func help(of document: SupportingDocument, given values: [String: String]) -> LocalizedText {
        worded(document.wordingByFiler, \.help, else: document.help, given: values)
    }

    /// The text `part` picks from the wording for the filer the answers imply, else `text`.
    /// Most fields and documents have no wording of their own: the filer is then not worked out
    /// (the view asks for every label shown, every frame).
    private func worded(
        _ wordingByFiler: [Filer: Wording], _ part: KeyPath<Wording, LocalizedText?>, else text: LocalizedText,
        given values: [String: String]
    ) -> LocalizedText {
        guard !wordingByFiler.isEmpty else { return text }
        return wordingByFiler[filer(given: values)]?[keyPath: part] ?? text
    }
}
