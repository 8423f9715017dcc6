/// An e-mail address that passed a sane syntax check (not full RFC 5322: what a portal accepts).
///
///     EmailAddress.read(" Anna.Eriksson@Example.COM ")   // .valid: localPart "Anna.Eriksson", domain "example.com"
///     EmailAddress.read("anna@example")                  // .invalid([.domainWithoutDot])
public struct EmailAddress: Hashable, Sendable {
    /// The part before `@`, as typed (its case may matter to the mail server).
    public let localPart: String
    /// The part after `@`, lowercased.
    public let domain: String

    /// `local@domain`, to store or show to its owner. Personal data: never log it.
    public var text: String { "\(localPart)@\(domain)" }

    /// The most characters in a whole address, and in its local part (RFC 5321).
    public static let maximumLength = 254
    public static let maximumLocalPartLength = 64
}

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

extension EmailAddress {
    /// Reads an address, ignoring surrounding whitespace; reports every problem found.
    public static func read(_ text: String) -> EmailAddressReading {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return .invalid([.empty]) }
        var problems: [EmailAddressProblem] = []
        if trimmed.contains(where: \.isWhitespace) { problems.append(.containsSpace) }
        let ats = trimmed.count(where: { $0 == "@" })
        guard ats == 1, let at = trimmed.firstIndex(of: "@") else {
            return .invalid(problems + [.needsExactlyOneAt(found: ats)])
        }
        let local = String(trimmed[..<at])
        let domain = String(trimmed[trimmed.index(after: at)...]).lowercased()
        if local.isEmpty { problems.append(.emptyLocalPart) }
        if domain.isEmpty { problems.append(.emptyDomain) }

        let invalid = (local.filter { !isLocalPartCharacter($0) && !$0.isWhitespace }
            + domain.filter { !isDomainCharacter($0) && !$0.isWhitespace })
        if !invalid.isEmpty { problems.append(.invalidCharacters(Array(invalid))) }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..")
            || (!domain.isEmpty && labels.contains(where: \.isEmpty))
        {
            problems.append(.misplacedDot)
        }
        if !domain.isEmpty && labels.count < 2 { problems.append(.domainWithoutDot) }
        if labels.contains(where: { $0.hasPrefix("-") || $0.hasSuffix("-") }) { problems.append(.misplacedHyphen) }
        if labels.count >= 2, let last = labels.last, !last.isEmpty,
            last.count < 2 || !last.allSatisfy(\.isLetter)
        {
            problems.append(.invalidTopLevelDomain)
        }
        if trimmed.count > maximumLength || local.count > maximumLocalPartLength { problems.append(.tooLong) }
        guard problems.isEmpty else { return .invalid(problems) }
        return .valid(EmailAddress(localPart: local, domain: domain))
    }

    private static func isLocalPartCharacter(_ character: Character) -> Bool {
        (character.isASCII && (character.isLetter || character.isNumber)) || localPartSymbols.contains(character)
    }

    /// Letters (also internationalised ones), digits, hyphens and dots.
    private static func isDomainCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isASCIIDigit || character == "-" || character == "."
    }

    private static let localPartSymbols = Set("!#$%&'*+/=?^_`{|}~.-")
}
