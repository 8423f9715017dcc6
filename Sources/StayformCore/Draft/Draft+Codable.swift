extension Draft: Codable {
    /// The top-level keys this version reads and writes; any other key is kept in `unknownKeys`.
    enum Key: String, CaseIterable {
        case formatVersion, form, values, restatements, attachments, reviewMarks, fieldsToReview
        case retiredValues, fieldFingerprints, position, createdAt, updatedAt, language
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONKey.self)
        func key(_ key: Key) -> JSONKey { JSONKey(key.rawValue) }
        formatVersion = try container.decode(Int.self, forKey: key(.formatVersion))
        form = try container.decode(FormReference.self, forKey: key(.form))
        values = try container.decodeIfPresent([String: String].self, forKey: key(.values)) ?? [:]
        restatements =
            try container.decodeIfPresent([String: [String: Restatement]].self, forKey: key(.restatements)) ?? [:]
        attachments = try container.decodeIfPresent([String: [Attachment]].self, forKey: key(.attachments)) ?? [:]
        reviewMarks = try container.decodeIfPresent([String: String].self, forKey: key(.reviewMarks)) ?? [:]
        fieldsToReview = try container.decodeIfPresent(Set<String>.self, forKey: key(.fieldsToReview)) ?? []
        retiredValues = try container.decodeIfPresent([String: String].self, forKey: key(.retiredValues)) ?? [:]
        fieldFingerprints =
            try container.decodeIfPresent([String: String].self, forKey: key(.fieldFingerprints)) ?? [:]
        position = try container.decodeIfPresent(DraftPosition.self, forKey: key(.position))
        createdAt = try container.decodeIfPresent(String.self, forKey: key(.createdAt))
        updatedAt = try container.decodeIfPresent(String.self, forKey: key(.updatedAt))
        language = try container.decodeIfPresent(String.self, forKey: key(.language)).flatMap(Language.init(code:))
        let known = Set(Key.allCases.map(\.rawValue))
        unknownKeys = [:]
        for unknown in container.allKeys where !known.contains(unknown.stringValue) {
            unknownKeys[unknown.stringValue] = try container.decode(JSONValue.self, forKey: unknown)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
