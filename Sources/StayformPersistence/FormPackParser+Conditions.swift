import StayformCore
import Yams

extension FormPackParser {
    /// The condition under `key`, if any; every field it reads is checked to exist.
    func condition(_ key: String, in object: PackObject) -> FieldCondition? {
        guard let node = object[key] else { return nil }
        return condition(node, "`\(key)` in \(object.what)")
    }

    /// A condition: `{ field: F, equals|in|set|contains: … }`, `{ all: […] }`, `{ any: […] }`
    /// or `{ not: … }`.
    func condition(_ node: Node, _ what: String) -> FieldCondition? {
        guard let pairs = node.mapping else {
            reader.report(node, "\(what) must be a condition such as "
                + "{ field: permit.category, equals: voa }")
            return nil
        }
        let mapping = PackObject.values(of: pairs)
        if let list = mapping["all"] ?? mapping["any"] {
            let isAll = mapping["all"] != nil
            guard mapping.count == 1 else {
                reader.report(node, "\(what): `all` or `any` must stand alone in its condition")
                return nil
            }
            guard let items = list.sequence, !items.isEmpty else {
                reader.report(list, "\(what): `\(isAll ? "all" : "any")` takes a list of conditions")
                return nil
            }
            let conditions = items.compactMap { condition($0, what) }
            guard conditions.count == items.count else { return nil }
            return isAll ? .all(conditions) : .any(conditions)
        }
        if let inner = mapping["not"] {
            guard mapping.count == 1 else {
                reader.report(node, "\(what): `not` must stand alone in its condition")
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
            reader.report(node, "\(what) must test the field with exactly one of "
                + "`equals`, `in`, `set` or `contains`")
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
