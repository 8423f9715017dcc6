extension FieldCondition {
    /// Whether the condition holds for `values` (answers by field id); a missing answer is blank.
    ///
    ///     let voa = FieldCondition.equals(field: "permit.category", value: "voa")
    ///     voa.isSatisfied(by: ["permit.category": "voa"])  // true
    public func isSatisfied(by values: [String: String]) -> Bool {
        switch self {
        case .equals(let field, let value):
            return answer(field, in: values) == value
        case .isOneOf(let field, let options):
            return options.contains(answer(field, in: values))
        case .isSet(let field, let expected):
            return !answer(field, in: values).isEmpty == expected
        case .contains(let field, let value):
            return answer(field, in: values).split(separator: ",")
                .contains { $0.trimmingSpaces == value }
        case .all(let conditions):
            return conditions.allSatisfy { $0.isSatisfied(by: values) }
        case .any(let conditions):
            return conditions.contains { $0.isSatisfied(by: values) }
        case .not(let condition):
            return !condition.isSatisfied(by: values)
        }
    }

    private func answer(_ field: String, in values: [String: String]) -> String {
        (values[field] ?? "").trimmingSpaces
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
