/// A page of the form: a titled, ordered group of fields.
public struct FormSection: Hashable, Sendable, Identifiable {
    public var id: String
    /// The code shown in the sidebar and as the prefix of field codes (`1`).
    public var code: String
    public var title: LocalizedText
    public var fields: [FormField]

    public init(id: String, code: String, title: LocalizedText, fields: [FormField]) {
        self.id = id
        self.code = code
        self.title = title
        self.fields = fields
    }
}
