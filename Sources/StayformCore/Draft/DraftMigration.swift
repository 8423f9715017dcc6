/// Brings a draft made under one edition of a form pack to another edition of the same pack.
///
/// Values are carried over by field id. A value whose field changed (its
/// `FormField.definitionFingerprint` differs, or was never recorded) is kept but flagged for
/// re-review. A value whose field the new edition no longer has is moved to
/// `Draft.retiredValues` (and comes back if a later edition has the field again). The position
/// follows its field to whichever section now holds it.
///
///     let migration = try DraftMigration(migrating: draft, to: pack)
///     draft = migration.draft
///     show(migration.fieldsToReview)     // "these answers need another look"
public struct DraftMigration: Hashable, Sendable {
    /// The draft, now referring to the new edition.
    public var draft: Draft
    /// The edition the draft was made with.
    public var fromEdition: String
    /// The edition it was migrated to.
    public var toEdition: String
    /// Fields whose value was carried over unchanged and needs nothing, sorted.
    public var carriedFields: [String]
    /// Fields whose value was carried over but whose definition changed, sorted.
    public var fieldsToReview: [String]
    /// Fields the new edition no longer has; their values were kept aside, sorted.
    public var retiredFields: [String]
    /// Fields a previous migration had retired and this edition has again, sorted.
    public var restoredFields: [String]

    /// Whether anything about the answers changed (beyond the edition).
    public var changesAnswers: Bool {
        !fieldsToReview.isEmpty || !retiredFields.isEmpty || !restoredFields.isEmpty
    }

    /// Migrates `draft` to `pack`; throws when the draft belongs to another form.
    public init(migrating draft: Draft, to pack: FormPack) throws(DraftFormMismatch) {
        guard draft.form.id == pack.id else {
            throw DraftFormMismatch(draftForm: draft.form.id, packForm: pack.id)
        }
        let newFingerprints = Draft.fingerprints(of: pack)
        var migrated = draft
        var carried: [String] = []
        var review: [String] = []
        var retired: [String] = []
        var restored: [String] = []

        for (field, value) in draft.retiredValues where newFingerprints[field] != nil && draft.values[field] == nil {
            migrated.values[field] = value
            migrated.retiredValues[field] = nil
            restored.append(field)
        }
        for field in draft.values.keys {
            guard let fingerprint = newFingerprints[field] else {
                migrated.retiredValues[field] = draft.values[field]
                migrated.values[field] = nil
                migrated.reviewMarks[field] = nil
                migrated.fieldsToReview.remove(field)
                retired.append(field)
                continue
            }
            // A value an earlier edition stored for an answer this edition renamed becomes the
            // new value, and is flagged: the answer may need another look.
            if let value = draft.values[field], let renamed = Self.renamedValue(value, of: pack.field(id: field)) {
                migrated.values[field] = renamed
                migrated.fieldsToReview.insert(field)
                review.append(field)
                continue
            }
            // A draft of the same edition that recorded no fingerprint (written by hand or by an
            // older stayform) has nothing to compare: its answers stand.
            let recorded = draft.fieldFingerprints[field]
            if recorded == fingerprint || (recorded == nil && draft.form.edition == pack.edition) {
                carried.append(field)
            } else {
                migrated.fieldsToReview.insert(field)
                review.append(field)
            }
        }
        for field in restored where !review.contains(field) {
            migrated.fieldsToReview.insert(field)
            review.append(field)
        }
        migrated.fieldFingerprints = newFingerprints
        migrated.form.edition = pack.edition
        if let position = migrated.position {
            migrated.position = Self.position(position, in: pack)
        }
        self.draft = migrated
        self.fromEdition = draft.form.edition
        self.toEdition = pack.edition
        self.carriedFields = carried.sorted()
        self.fieldsToReview = review.sorted()
        self.retiredFields = retired.sorted()
        self.restoredFields = restored.sorted()
    }

    /// The value replacing `value` when `field` no longer offers it but one of its options
    /// names it among its former values; `nil` otherwise.
    ///
    ///     renamedValue("visit-c1", of: categoryField)   // "visit"
    static func renamedValue(_ value: String, of field: FormField?) -> String? {
        guard let field, !field.options.contains(where: { $0.value == value }) else { return nil }
        return field.options.first { $0.formerValues.contains(value) }?.value
    }

    /// Where `position` is in `pack`: the same field (in whichever section now holds it), else
    /// the same section, else nowhere.
    private static func position(_ position: DraftPosition, in pack: FormPack) -> DraftPosition? {
        if let field = position.field,
            let section = pack.sections.first(where: { $0.fields.contains { $0.id == field } })
        {
            return DraftPosition(section: section.id, field: field)
        }
        guard pack.sections.contains(where: { $0.id == position.section }) else { return nil }
        return DraftPosition(section: position.section, field: nil)
    }

    /// Whether `draft` must be migrated before use with `pack`: another edition, or a field
    /// definition that changed without a new edition.
    public static func isNeeded(for draft: Draft, with pack: FormPack) -> Bool {
        draft.form.edition != pack.edition || draft.fieldFingerprints != Draft.fingerprints(of: pack)
    }
}

/// A draft was offered to a form pack it does not belong to.
public struct DraftFormMismatch: WordedError, Hashable, Sendable {
    /// The form id recorded in the draft.
    public var draftForm: String
    /// The id of the pack it was offered to.
    public var packForm: String

    public func description(in words: Words) -> String {
        words("draft.form-mismatch", ["draft": draftForm, "pack": packForm])
    }
}
