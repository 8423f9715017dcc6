extension Draft {
    /// The top-level keys this version reads and writes; any other key is kept in `unknownKeys`.
    enum Key: String, CaseIterable {
        case formatVersion, form, values, restatements, attachments, reviewMarks, fieldsToReview
        case retiredValues, fieldFingerprints, position, createdAt, updatedAt, language
    }

    /// The draft a file's top-level JSON object describes (see `docs/draft-format.md`); throws
    /// where a member is missing or of the wrong kind. Members this version does not know are
    /// kept in `unknownKeys`; absent or null optional members are empty.
    ///
    ///     let draft = try Draft(jsonObject: ["formatVersion": .integer(1),
    ///         "form": .object(["id": .string("f"), "edition": .string("e")])])
    public init(jsonObject root: [String: JSONValue]) throws(DraftShapeProblem) {
        typealias Read = DraftShapeReader
        var reader = DraftShapeReader()
        formatVersion = try reader.required(Key.formatVersion.rawValue, of: root, Read.wholeNumber)
        form = try reader.required(Key.form.rawValue, of: root) { reader, value throws(DraftShapeProblem) in
            let members = try reader.object(value)
            return FormReference(
                id: try reader.required("id", of: members, Read.text),
                edition: try reader.required("edition", of: members, Read.text))
        }
        values = try reader.optional(Key.values.rawValue, of: root, Read.textMap) ?? [:]
        restatements = try reader.optional(Key.restatements.rawValue, of: root) { reader, value throws(DraftShapeProblem) in
            try reader.map(value) { reader, value throws(DraftShapeProblem) in try reader.map(value, Read.restatement) }
        } ?? [:]
        attachments = try reader.optional(Key.attachments.rawValue, of: root) { reader, value throws(DraftShapeProblem) in
            try reader.map(value) { reader, value throws(DraftShapeProblem) in try reader.list(value, Read.attachment) }
        } ?? [:]
        reviewMarks = try reader.optional(Key.reviewMarks.rawValue, of: root, Read.textMap) ?? [:]
        fieldsToReview = Set(try reader.optional(Key.fieldsToReview.rawValue, of: root, Read.textList) ?? [])
        retiredValues = try reader.optional(Key.retiredValues.rawValue, of: root, Read.textMap) ?? [:]
        fieldFingerprints = try reader.optional(Key.fieldFingerprints.rawValue, of: root, Read.textMap) ?? [:]
        position = try reader.optional(Key.position.rawValue, of: root) { reader, value throws(DraftShapeProblem) in
            let members = try reader.object(value)
            return DraftPosition(
                section: try reader.required("section", of: members, Read.text),
                field: try reader.optional("field", of: members, Read.text))
        }
        createdAt = try reader.optional(Key.createdAt.rawValue, of: root, Read.text)
        updatedAt = try reader.optional(Key.updatedAt.rawValue, of: root, Read.text)
        language = try reader.optional(Key.language.rawValue, of: root, Read.text).flatMap(Language.init(code:))
        unknownKeys = root.filter { Key(rawValue: $0.key) == nil }
    }

    /// The draft as the JSON object written to its file (see `docs/draft-format.md`), with
    /// any unknown top-level keys it was read with.
    public var jsonValue: JSONValue {
        var object = unknownKeys.filter { Key(rawValue: $0.key) == nil }
        func strings(_ map: [String: String]) -> JSONValue { .object(map.mapValues(JSONValue.string)) }
        object[Key.formatVersion.rawValue] = .integer(formatVersion)
        object[Key.form.rawValue] = .object(["id": .string(form.id), "edition": .string(form.edition)])
        object[Key.values.rawValue] = strings(values)
        object[Key.restatements.rawValue] = .object(restatements.mapValues { .object($0.mapValues(\.jsonValue)) })
        object[Key.attachments.rawValue] = .object(attachments.mapValues { .array($0.map(\.jsonValue)) })
        object[Key.reviewMarks.rawValue] = strings(reviewMarks)
        object[Key.fieldsToReview.rawValue] = .array(fieldsToReview.sorted().map(JSONValue.string))
        object[Key.retiredValues.rawValue] = strings(retiredValues)
        object[Key.fieldFingerprints.rawValue] = strings(fieldFingerprints)
        if let position {
            var members = ["section": JSONValue.string(position.section)]
            if let field = position.field { members["field"] = .string(field) }
            object[Key.position.rawValue] = .object(members)
        }
        if let createdAt { object[Key.createdAt.rawValue] = .string(createdAt) }
        if let updatedAt { object[Key.updatedAt.rawValue] = .string(updatedAt) }
        if let language { object[Key.language.rawValue] = .string(language.code) }
        return .object(object)
    }

    /// The text of the draft's file: UTF-8 JSON, keys sorted, indented by two spaces.
    ///
    /// Written directly rather than through `JSONEncoder`, which takes several times longer;
    /// `init(jsonObject:)` reads it back.
    public func fileText() -> [UInt8] {
        jsonValue.utf8Text()
    }
}

extension Restatement {
    /// The restatement as written in a draft: `{"matches": …}` or `{"differs": …}`.
    public var jsonValue: JSONValue {
        switch self {
        case .matches(let value): return .object(["matches": .string(value)])
        case .differs(let value): return .object(["differs": .string(value)])
        }
    }
}

extension Attachment {
    /// The attachment as written in a draft.
    public var jsonValue: JSONValue {
        .object([
            "path": .string(path), "size": .integer(size), "detectedType": .string(detectedType),
            "sha256": .string(sha256),
        ])
    }
}
