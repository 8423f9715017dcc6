/// A form being filled in: the answers so far, how each document restates them, the files
/// attached, what was reviewed and where the user was. Saved as JSON (see `docs/draft-format.md`).
///
///     var draft = Draft(pack: pack)
///     draft.values["applicant.full-name"] = "Ana Lima"
///     draft.restatements["passport", default: [:]]["applicant.full-name"] = .matches("Ana Lima")
///     draft.markReviewed("applicant.full-name")
public struct Draft: Hashable, Sendable {
    /// The draft file format this code writes.
    public static let currentFormatVersion = 1

    /// The format of the file this draft was read from or will be written as.
    public var formatVersion: Int
    /// Which form pack, and which edition of it, the draft was made with.
    public var form: FormReference
    /// One value per field (the facts), keyed by field id.
    public var values: [String: String]
    /// How each document states each fact: document id → field id → restatement.
    public var restatements: [String: [String: Restatement]]
    /// Files attached to each document, by document id.
    public var attachments: [String: [Attachment]]
    /// The value each field had when the user reviewed it, by field id.
    public var reviewMarks: [String: String]
    /// Fields a migration to a new edition flagged for another review, by field id.
    public var fieldsToReview: Set<String>
    /// Values of fields the current edition no longer has, kept in case a later one brings them back.
    public var retiredValues: [String: String]
    /// A fingerprint of each field's definition as the pack had it when the draft was made or
    /// last migrated (see `FormField.definitionFingerprint`), so that a new edition can tell
    /// which answers were given to a question that has since changed.
    public var fieldFingerprints: [String: String]
    /// Where the user was when the draft was last saved.
    public var position: DraftPosition?
    /// When the draft was created, ISO 8601 in UTC; supplied by the caller.
    public var createdAt: String?
    /// When the draft was last changed, ISO 8601 in UTC; supplied by the caller.
    public var updatedAt: String?
    /// The language the wizard was last shown in for this draft (a helpdesk agent may switch it);
    /// `nil` until someone chooses one. An unknown code in the file reads as `nil`.
    public var language: Language?
    /// Top-level keys this version does not know (written by a newer stayform), kept as they
    /// were and written back unchanged.
    public var unknownKeys: [String: JSONValue]

    /// An empty draft for `pack`, recording the definition of each of its fields.
    public init(pack: FormPack) {
        self.formatVersion = Draft.currentFormatVersion
        self.form = FormReference(id: pack.id, edition: pack.edition)
        self.values = [:]
        self.restatements = [:]
        self.attachments = [:]
        self.reviewMarks = [:]
        self.fieldsToReview = []
        self.retiredValues = [:]
        self.fieldFingerprints = Draft.fingerprints(of: pack)
        self.position = nil
        self.createdAt = nil
        self.updatedAt = nil
        self.language = nil
        self.unknownKeys = [:]
    }

    /// The definition fingerprint of every field of `pack`, by field id.
    static func fingerprints(of pack: FormPack) -> [String: String] {
        var fingerprints: [String: String] = [:]
        for section in pack.sections {
            for field in section.fields {
                fingerprints[field.id] = field.definitionFingerprint
            }
        }
        return fingerprints
    }
}

/// The form pack a draft belongs to, by id and edition.
public struct FormReference: Hashable, Sendable {
    public var id: String
    public var edition: String

    public init(id: String, edition: String) {
        self.id = id
        self.edition = edition
    }
}

/// The field the user was on, by stable ids so it survives changes to the pack's layout.
public struct DraftPosition: Hashable, Sendable {
    public var section: String
    public var field: String?

    public init(section: String, field: String?) {
        self.section = section
        self.field = field
    }
}
