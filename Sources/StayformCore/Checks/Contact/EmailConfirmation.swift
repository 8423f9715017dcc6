/// Compares an e-mail address with the same address typed again.
///
///     EmailConfirmation(" anna@example.com", "anna@EXAMPLE.com")   // .equivalent
///     EmailConfirmation("Anna@example.com", "anna@example.com")    // .localPartCaseDiffers
///     EmailConfirmation("anna@example.com", "ana@example.com")     // .different
public enum EmailConfirmation: Hashable, Sendable {
    /// Character for character the same.
    case identical
    /// The same once surrounding whitespace is trimmed and the domain's case ignored.
    case equivalent
    /// Only the case of the part before `@` differs: most providers ignore it, some do not.
    case localPartCaseDiffers
    /// Different addresses.
    case different

    /// Compares the `confirmation` with the address first `entered`.
    public init(_ entered: String, _ confirmation: String) {
        if entered == confirmation {
            self = .identical
            return
        }
        let (localA, domainA) = Self.split(entered)
        let (localB, domainB) = Self.split(confirmation)
        guard domainA.lowercased() == domainB.lowercased() else {
            self = .different
            return
        }
        if localA == localB {
            self = .equivalent
        } else if localA.lowercased() == localB.lowercased() {
            self = .localPartCaseDiffers
        } else {
            self = .different
        }
    }

    /// Trimmed, split at the last `@` (the whole text is the local part when there is none).
    private static func split(_ text: String) -> (local: String, domain: String) {
        let trimmed = text.trimmingWhitespace
        guard let at = trimmed.lastIndex(of: "@") else { return (trimmed, "") }
        return (String(trimmed[..<at]), String(trimmed[trimmed.index(after: at)...]))
    }
}
