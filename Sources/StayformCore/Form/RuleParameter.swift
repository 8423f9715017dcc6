/// A parameter value of a rule: one name (a field, fact, figure… id, or a normalizer) or a
/// list of names.
public enum RuleParameter: Hashable, Sendable {
    case name(String)
    case names([String])

    /// The single name, if this is one.
    public var name: String? {
        if case .name(let name) = self { return name }
        return nil
    }

    /// The names: one or several.
    public var names: [String] {
        switch self {
        case .name(let name): [name]
        case .names(let names): names
        }
    }
}
