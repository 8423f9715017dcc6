/// How one document states one fact of the form.
///
///     .matches("P1234567")      // confirmed against the form's value "P1234567"
///     .differs("P1234S67")      // the document prints something else
///
/// A `.matches` keeps the value it was confirmed against: when the fact changes later, the
/// confirmation no longer holds and the document must be checked again.
public enum Restatement: Hashable, Sendable {
    /// The user confirmed the document shows the fact; the fact's value at that time.
    case matches(String)
    /// The document shows a different value, as printed on it.
    case differs(String)

    /// Whether the confirmation still holds for the fact's `currentValue`.
    ///
    /// A `.differs` is a recorded discrepancy, not a confirmation, so it needs no new check.
    public func needsReconfirmation(currentValue: String?) -> Bool {
        switch self {
        case .matches(let confirmed): return confirmed != currentValue
        case .differs: return false
        }
    }
}
