/// A condition over the answers given so far, deciding whether a field is asked or required,
/// a document is needed or a rule applies.
///
/// In a pack it is written as a small mapping:
///
///     required-when: { field: permit.category, in: [visit-c1, visit-other] }
///     shown-when: { all: [ { field: sponsor.kind, equals: company }, { not: { field: x, set: true } } ] }
public indirect enum FieldCondition: Hashable, Sendable {
    /// The field's answer is exactly `value`.
    case equals(field: String, value: String)
    /// The field's answer is one of `values`.
    case isOneOf(field: String, values: [String])
    /// The field has a non-blank answer (`true`) or has none (`false`).
    case isSet(field: String, Bool)
    /// A multiple-choice answer (comma separated) includes `value`.
    case contains(field: String, value: String)
    /// Every condition holds.
    case all([FieldCondition])
    /// At least one condition holds.
    case any([FieldCondition])
    /// The condition does not hold.
    case not(FieldCondition)

    /// Every field id the condition reads, in order of appearance.
    public var fieldIDs: [String] {
        switch self {
        case .equals(let field, _), .isOneOf(let field, _), .isSet(let field, _),
            .contains(let field, _):
            return [field]
        case .all(let conditions), .any(let conditions):
            return conditions.flatMap(\.fieldIDs)
        case .not(let condition):
            return condition.fieldIDs
        }
    }
}
