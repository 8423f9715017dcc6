extension Draft {
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
    /// `Codable` decoding reads it back.
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
