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
