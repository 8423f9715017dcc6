/// The result of reading a phone number.
public enum PhoneNumberReading: Hashable, Sendable {
    case valid(PhoneNumber)
    case invalid([PhoneNumberProblem])

    /// The number when valid.
    public var phoneNumber: PhoneNumber? {
        if case .valid(let number) = self { number } else { nil }
    }
}

/// What is wrong with a typed phone number; `suggestion`s are valid E.164 numbers to offer.
public enum PhoneNumberProblem: Hashable, Sendable {
    case empty
    /// Characters other than digits, a leading `+`, spaces, hyphens, dots and parentheses
    /// (1-based positions in the text as typed).
    case invalidCharacters(positions: [Int])
    /// An Indonesian number in its local `08…` form; the international form is suggested.
    case indonesianLocalForm(suggestion: String)
    /// `00` instead of `+` (`0062…`).
    case internationalPrefixInsteadOfPlus(suggestion: String)
    /// No leading `+` and no recognisable local form.
    case missingPlus
    /// `+62 0812…`: the local trunk `0` kept after the country code.
    case trunkZeroAfterCountryCode(suggestion: String)
    /// `+0…`: no country calling code starts with 0.
    case countryCodeStartsWithZero
    /// Fewer than 8 or more than 15 digits after the `+`.
    case wrongDigitCount(found: Int)
}
