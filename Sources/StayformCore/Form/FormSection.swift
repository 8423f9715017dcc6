/// A page of the form: a titled, ordered group of fields.
public struct FormSection: Hashable, Sendable, Identifiable {
    public var id: String
    /// The code shown in the sidebar and as the prefix of field codes (`1`).
    public var code: String
    public var title: LocalizedText
    /// What the page is for, shown above its fields.
    public var help: LocalizedText
    public var fields: [FormField]
    /// When the page applies; `nil` for always.
    public var shownWhen: FieldCondition?

    public init(
        id: String, code: String, title: LocalizedText, fields: [FormField],
        help: LocalizedText = LocalizedText([:]), shownWhen: FieldCondition? = nil
    ) {
        self.id = id
        self.code = code
        self.title = title
        self.fields = fields
        self.help = help
        self.shownWhen = shownWhen
    }
}
