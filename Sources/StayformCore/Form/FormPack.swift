/// Everything stayform knows about one form, loaded from data: its sections and fields (and,
/// as the pack grows, its documents, rules, fees and deadlines with their sources).
public struct FormPack: Hashable, Sendable, Identifiable {
    /// The pack's stable identifier (`stay-permit-extension`).
    public var id: String
    public var title: LocalizedText
    /// The edition of the rules this pack describes (`2026-11`).
    public var edition: String
    public var sections: [FormSection]

    public init(id: String, title: LocalizedText, edition: String, sections: [FormSection]) {
        self.id = id
        self.title = title
        self.edition = edition
        self.sections = sections
    }

    /// The field with `id`, if the pack has one.
    public func field(id: String) -> FormField? {
        for section in sections {
            if let field = section.fields.first(where: { $0.id == id }) { return field }
        }
        return nil
    }
}
