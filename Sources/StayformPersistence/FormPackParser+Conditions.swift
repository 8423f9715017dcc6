import StayformCore

extension FormPackParser {
    /// The condition under `key`, if any; every field it reads is checked to exist.
    func condition(_ key: String, in object: PackObject) -> FieldCondition? {
        guard let node = object[key] else { return nil }
        return condition(node, NodeReader.key(key, in: object.what))
    }

    /// A condition: `{ field: F, equals|in|set|contains: … }`, `{ all: […] }`, `{ any: […] }`
    /// or `{ not: … }`.
    func condition(_ node: YAMLNode, _ what: Phrase) -> FieldCondition? {
        guard let pairs = node.mapping else {
            reader.report(node, Phrase { words in words("pack.condition.not-condition", ["what": words[what]]) })
            return nil
        }
        let mapping = PackObject.values(of: pairs)
        if let list = mapping["all"] ?? mapping["any"] {
            let isAll = mapping["all"] != nil
            guard mapping.count == 1 else {
                reader.report(node, Phrase { words in words("pack.condition.all-any-alone", ["what": words[what]]) })
                return nil
            }
            guard let items = list.sequence, !items.isEmpty else {
                let name = isAll ? "all" : "any"
                reader.report(list, Phrase { words in
                    words("pack.condition.needs-list", ["what": words[what], "key": name])
                })
                return nil
            }
            let conditions = items.compactMap { condition($0, what) }
            guard conditions.count == items.count else { return nil }
            return isAll ? .all(conditions) : .any(conditions)
        }
        if let inner = mapping["not"] {
            guard mapping.count == 1 else {
                reader.report(node, Phrase { words in words("pack.condition.not-alone", ["what": words[what]]) })
                return nil
            }
            return condition(inner, what).map { .not($0) }
        }
        guard let object = reader.object(node, what, required: ["field"],
            optional: ["equals", "in", "set", "contains"])
        else { return nil }
        guard let field = reader.identifier("field", in: object) else { return nil }
        refer(.field, field, at: mapping["field"] ?? node, from: what)
        let tests = ["equals", "in", "set", "contains"].filter { mapping[$0] != nil }
        guard tests.count == 1 else {
            reader.report(node, Phrase { words in words("pack.condition.one-test", ["what": words[what]]) })
            return nil
        }
        switch tests[0] {
        case "equals":
            return reader.string("equals", in: object).map { .equals(field: field, value: $0) }
        case "in":
            return reader.names("in", in: object).map { .isOneOf(field: field, values: $0.map(\.0)) }
        case "set":
            return reader.bool("set", in: object).map { .isSet(field: field, $0) }
        default:
            return reader.string("contains", in: object).map { .contains(field: field, value: $0) }
        }
    }
}
