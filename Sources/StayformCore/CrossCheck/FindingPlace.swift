/// Where a finding is: a field of the form (by its code, as the wizard shows it) or a document
/// of the package.
public enum FindingPlace: Hashable, Sendable {
    /// A form field: its id and the code shown beside it (`1.1`).
    case field(id: String, code: String)
    /// A supporting document: its id and its label.
    case document(id: String, label: String)

    /// How a person reads the place: `1.1` or `Passport`.
    public var displayName: String {
        switch self {
        case .field(_, let code): code
        case .document(_, let label): label
        }
    }
}
