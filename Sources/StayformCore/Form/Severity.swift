/// How serious a failed check is.
public enum Severity: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Worth knowing; the package can go as it is.
    case info
    /// Likely to cause a request for more documents.
    case warning
    /// Will get the application rejected or the applicant fined.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
