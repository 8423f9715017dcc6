extension FieldCondition: CustomStringConvertible {
    /// The condition in English words close to the pack's: `permit.category in (voa, itas)`.
    public var description: String { description(Language.english.words) }

    /// The condition in the language of `words`: `permit.category in (voa, itas)`,
    /// `permit.category salah satu dari (voa, itas)`.
    public func description(_ words: Words) -> String {
        switch self {
        case .equals(let field, let value):
            return "\(field) = \(value)"
        case .isOneOf(let field, let values):
            return words("condition.one-of", ["field": field, "values": values.joined(separator: ", ")])
        case .isSet(let field, let expected):
            return words(expected ? "condition.answered" : "condition.not-answered", ["field": field])
        case .contains(let field, let value):
            return words("condition.includes", ["field": field, "value": value])
        case .all(let conditions):
            return conditions.map { $0.grouped(words) }.joined(separator: " \(words["condition.and"]) ")
        case .any(let conditions):
            return conditions.map { $0.grouped(words) }.joined(separator: " \(words["condition.or"]) ")
        case .not(let condition):
            return words("condition.not", ["condition": condition.grouped(words)])
        }
    }

    private func grouped(_ words: Words) -> String {
        switch self {
        case .all, .any: "(\(description(words)))"
        default: description(words)
        }
    }
}
