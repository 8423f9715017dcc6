/// One question of a form, with a stable code shown in the UI (`1.1`) so that a helpdesk can
/// say "go to 1.1".
public struct FormField: Hashable, Sendable, Identifiable {
    /// The stable identifier drafts store values under (`applicant.full-name`).
    public var id: String
    /// The code shown beside the label (`1.1`).
    public var code: String
    public var label: LocalizedText
    public var type: FieldType
    /// Why it is asked, where to find it on the document, common mistakes.
    public var help: LocalizedText
    /// The most characters a value may have; `nil` for the type's default.
    public var maxLength: Int?

    public init(
        id: String, code: String, label: LocalizedText, type: FieldType,
        help: LocalizedText = LocalizedText([:]), maxLength: Int? = nil
    ) {
        self.id = id
        self.code = code
        self.label = label
        self.type = type
        self.help = help
        self.maxLength = maxLength
    }
}
