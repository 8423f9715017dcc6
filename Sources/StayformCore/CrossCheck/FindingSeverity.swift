/// How much a finding matters to the application: it stops it, it risks it, or it explains.
public enum FindingSeverity: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
    /// Worth knowing; the package can go as it is.
    case note
    /// Likely to cause a request for more documents; check before filing.
    case warning
    /// The application would be rejected (or the applicant fined): fix before filing.
    case blocking

    /// The severity a rule's pack severity stands for.
    public init(_ severity: Severity) {
        switch severity {
        case .info: self = .note
        case .warning: self = .warning
        case .error: self = .blocking
        }
    }

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .blocking: 2
        }
    }

    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool { lhs.rank < rhs.rank }
}
