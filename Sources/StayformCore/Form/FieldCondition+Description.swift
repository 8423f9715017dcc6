extension FieldCondition: CustomStringConvertible {
    /// The condition in words close to the pack's: `permit.category in (voa, itas)`.
    public var description: String {
        switch self {
        case .equals(let field, let value):
            return "\(field) = \(value)"
        case .isOneOf(let field, let values):
            return "\(field) in (\(values.joined(separator: ", ")))"
        case .isSet(let field, let expected):
            return expected ? "\(field) is answered" : "\(field) is not answered"
        case .contains(let field, let value):
            return "\(field) includes \(value)"
        case .all(let conditions):
            return conditions.map { $0.grouped }.joined(separator: " and ")
        case .any(let conditions):
            return conditions.map { $0.grouped }.joined(separator: " or ")
        case .not(let condition):
            return "not \(condition.grouped)"
        }
    }

    private var grouped: String {
        switch self {
        case .all, .any: "(\(description))"
        default: description
        }
    }
}
