extension ApplicationExport {
    /// The export as JSON: stable keys, sorted and two-space indented, ending with a newline
    /// (the format is described in `docs/export.md`). Values are as typed, control characters
    /// escaped by JSON.
    public var jsonText: String {
        String(decoding: jsonValue.utf8Text(), as: UTF8.self)
    }

    /// The export as a JSON value.
    public var jsonValue: JSONValue {
        var object: [String: JSONValue] = [
            "format": .integer(Self.formatVersion),
            "form": .string(formID),
            "edition": .string(edition),
            "title": .string(title),
            "today": .string(today.iso8601),
            "sections": .array(sections.map(\.jsonValue)),
            "documents": .array(documents.map(\.jsonValue)),
            "findings": .array(findings.map(\.jsonValue)),
            "counts": .object(Dictionary(uniqueKeysWithValues: FindingSeverity.allCases.map {
                ($0.rawValue, JSONValue.integer(count(of: $0)))
            })),
        ]
        object["category"] = category.map(JSONValue.string) ?? .null
        object["deadline"] = deadline?.jsonValue ?? .null
        return .object(object)
    }
}

extension ExportedSection {
    var jsonValue: JSONValue {
        .object([
            "id": .string(id), "code": .string(code), "title": .string(title),
            "fields": .array(fields.map(\.jsonValue)),
        ])
    }
}

extension ExportedField {
    var jsonValue: JSONValue {
        .object([
            "id": .string(id), "code": .string(code), "label": .string(label),
            "value": value.map(JSONValue.string) ?? .null, "required": .bool(isRequired),
            "problem": problem.map(JSONValue.string) ?? .null,
            "missing": .bool(value == nil),
        ])
    }
}

extension ExportedDocument {
    var jsonValue: JSONValue {
        .object([
            "id": .string(id), "label": .string(label), "need": .string(need.rawValue),
            "state": .string(state.rawValue), "files": .array(files.map(\.jsonValue)),
            "problems": .array(problems.map(JSONValue.string)),
            "restatements": .array(restatements.map(\.jsonValue)),
        ])
    }
}

extension ExportedFile {
    var jsonValue: JSONValue {
        var object: [String: JSONValue] = [
            "path": .string(path), "size": .integer(size),
            "type": type.map(JSONValue.string) ?? .null,
            "error": problem.map(JSONValue.string) ?? .null,
        ]
        object["pixels"] = pixelSize.map { .object(["width": .integer($0.width), "height": .integer($0.height)]) } ?? .null
        return .object(object)
    }
}

extension ExportedRestatement {
    var jsonValue: JSONValue {
        .object([
            "field": .string(fieldID), "code": .string(code), "label": .string(label),
            "state": .string(state.rawValue), "printed": printed.map(JSONValue.string) ?? .null,
        ])
    }
}

extension DeadlineSummary {
    var jsonValue: JSONValue {
        var object: [String: JSONValue] = [
            "expiry": expiry.map { .string($0.iso8601) } ?? .null,
            "daysUntilExpiry": daysUntilExpiry.map(JSONValue.integer) ?? .null,
            "windowOpens": windowOpens.map { .string($0.iso8601) } ?? .null,
            "windowCloses": windowCloses.map { .string($0.iso8601) } ?? .null,
            "figures": .array(figures.map(\.jsonValue)),
            "holidayCaveat": holidayCaveat.map(JSONValue.string) ?? .null,
        ]
        object["status"] = status.map(\.jsonValue) ?? .null
        switch overstay {
        case .charge(let days, let total):
            object["overstay"] = .object([
                "days": .integer(days), "charge": .integer(total),
                "unit": overstayUnit.map { .string($0.rawValue) } ?? .null, "deportation": .bool(false),
            ])
        case .deportation(let days):
            object["overstay"] = .object(["days": .integer(days), "deportation": .bool(true)])
        case .some(.none), nil:
            object["overstay"] = .null
        }
        return .object(object)
    }
}

extension FilingWindowStatus {
    var jsonValue: JSONValue {
        switch self {
        case .notYetOpen(let days): .object(["state": .string("not-yet-open"), "days": .integer(days)])
        case .open(let days): .object(["state": .string("open"), "days": .integer(days)])
        case .closedNotExpired(let days): .object(["state": .string("closed"), "days": .integer(days)])
        case .expired(let days): .object(["state": .string("expired"), "days": .integer(days)])
        }
    }
}

extension ExportedFigure {
    var jsonValue: JSONValue {
        .object([
            "id": .string(id), "label": .string(label), "value": .string(value), "source": .string(source),
            "lastChecked": .string(lastChecked.iso8601), "confidence": .string(confidence.rawValue),
        ])
    }
}
