/// The result of reading an e-mail address.
public enum EmailAddressReading: Hashable, Sendable {
    case valid(EmailAddress)
    case invalid([EmailAddressProblem])

    /// The address when valid.
    public var address: EmailAddress? {
        if case .valid(let address) = self { address } else { nil }
    }
}

/// What is wrong with a typed e-mail address.
public enum EmailAddressProblem: Hashable, Sendable {
    case empty
    /// No `@`, or more than one.
    case needsExactlyOneAt(found: Int)
    /// Nothing before the `@`.
    case emptyLocalPart
    /// Nothing after the `@`.
    case emptyDomain
    /// The domain has no dot (`example` instead of `example.com`).
    case domainWithoutDot
    /// Spaces inside the address.
    case containsSpace
    /// Characters not allowed in an address, in the order found.
    case invalidCharacters([Character])
    /// `..`, or a dot at the start or end of the local part or domain.
    case misplacedDot
    /// A domain label starting or ending with `-`.
    case misplacedHyphen
    /// The last label of the domain is not at least two letters (`.c`, `.123`).
    case invalidTopLevelDomain
    /// Longer than 254 characters, or the local part longer than 64.
    case tooLong
}
