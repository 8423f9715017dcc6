/// A form being filled in: the values typed so far and where the user was. Saved as JSON.
public struct Draft: Hashable, Sendable, Codable {
    /// The draft file format this code writes.
    public static let currentFormatVersion = 1

    /// The format of the file this draft was read from or will be written as.
    public var formatVersion: Int
    /// Which form pack, and which edition of it, the draft was made with.
    public var form: FormReference
    /// One value per field, keyed by field id.
    public var values: [String: String]
    /// Where the user was when the draft was last saved.
    public var position: DraftPosition?
    /// When the draft was created and last changed, ISO 8601 in UTC; supplied by the caller.
    public var createdAt: String?
    public var updatedAt: String?

    /// An empty draft for `pack`.
    public init(pack: FormPack) {
        self.formatVersion = Draft.currentFormatVersion
        self.form = FormReference(id: pack.id, edition: pack.edition)
        self.values = [:]
        self.position = nil
    }
}

/// The form pack a draft belongs to, by id and edition.
public struct FormReference: Hashable, Sendable, Codable {
    public var id: String
    public var edition: String

    public init(id: String, edition: String) {
        self.id = id
        self.edition = edition
    }
}

/// The field the user was on, by stable ids so it survives changes to the pack's layout.
public struct DraftPosition: Hashable, Sendable, Codable {
    public var section: String
    public var field: String?

    public init(section: String, field: String?) {
        self.section = section
        self.field = field
    }
}
