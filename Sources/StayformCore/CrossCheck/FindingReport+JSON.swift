extension FindingReport {
    /// The report as JSON: stable keys, sorted and two-space indented, ending with a newline
    /// (the format is documented in `docs/check.md`).
    public var jsonText: String {
        String(decoding: jsonValue.utf8Text(), as: UTF8.self)
    }

    /// The report as a JSON value.
    public var jsonValue: JSONValue {
        .object([
            "format": .integer(Self.formatVersion),
            "today": .string(today.iso8601),
            "blocking": .bool(hasBlocking),
            "drafts": .array(drafts.map(\.jsonValue)),
        ])
    }
}

extension DraftFindings {
    var jsonValue: JSONValue {
        var object: [String: JSONValue] = [
            "path": .string(path),
            "status": .string(status),
            "counts": .object(Dictionary(uniqueKeysWithValues: FindingSeverity.allCases.map {
                ($0.rawValue, JSONValue.integer(count(of: $0)))
            })),
            "findings": .array(findings.map(\.jsonValue)),
        ]
        if let formID { object["form"] = .string(formID) }
        if let edition { object["edition"] = .string(edition) }
        if let problem { object["error"] = .string(problem) }
        return .object(object)
    }
}

extension Finding {
    var jsonValue: JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(id),
            "rule": .string(ruleID),
            "severity": .string(severity.rawValue),
            "places": .array(places.map(\.jsonValue)),
            "detail": .string(detail),
            "advice": .string(advice),
            "figures": .array(figures.map(\.jsonValue)),
        ]
        if let expected { object["expected"] = .string(expected) }
        if let found { object["found"] = .string(found) }
        return .object(object)
    }
}

extension FigureCitation {
    /// `{"id", "value", "confidence", "source", "effective" (or null), "checked"}`.
    var jsonValue: JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(id), "value": .string(value), "confidence": .string(confidence.rawValue),
            "source": .string(source), "effective": effective.map { .string($0.iso8601) } ?? .null,
        ]
        if let checked { object["checked"] = .string(checked.iso8601) }
        return .object(object)
    }
}

extension FindingPlace {
    var jsonValue: JSONValue {
        switch self {
        case .field(let id, let code): .object(["field": .string(id), "code": .string(code)])
        case .document(let id, let label): .object(["document": .string(id), "label": .string(label)])
        }
    }
}
