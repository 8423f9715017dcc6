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
        field.wordingByFiler[filer(given: values)]?.label ?? field.label
    }

    /// The help of `field` worded for the filer the answers imply.
    public func help(of field: FormField, given values: [String: String]) -> LocalizedText {
        field.wordingByFiler[filer(given: values)]?.help ?? field.help
    }

    /// The label of `document` worded for the filer the answers imply.
    public func label(of document: SupportingDocument, given values: [String: String]) -> LocalizedText {
        document.wordingByFiler[filer(given: values)]?.label ?? document.label
    }

    /// The help of `document` worded for the filer the answers imply.
    public func help(of document: SupportingDocument, given values: [String: String]) -> LocalizedText {
        document.wordingByFiler[filer(given: values)]?.help ?? document.help
    }
}
