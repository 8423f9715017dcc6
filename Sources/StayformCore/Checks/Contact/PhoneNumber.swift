/// A phone number in international E.164 form: `+`, then a country code and number, 8 to 15
/// digits in all. Spaces, hyphens, dots and parentheses are allowed when typing.
///
///     PhoneNumber.read("+62 812-3456-7890")   // .valid(+6281234567890)
///     PhoneNumber.read("0812 3456 7890")      // .invalid([.indonesianLocalForm(suggestion: "+6281234567890")])
///     PhoneNumber.read("+62 0812 3456 7890")  // .invalid([.trunkZeroAfterCountryCode(suggestion: "+6281234567890")])
public struct PhoneNumber: Hashable, Sendable {
    /// `+` and the digits, nothing else: `+6281234567890`. Personal data: never log it.
    public let e164: String

    /// How many digits an E.164 number has after the `+`.
    public static let digitCount = 8...15
    /// Indonesia's country calling code.
    public static let indonesiaCountryCode = "62"
}

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

extension PhoneNumber {
    /// Reads a phone number; see ``PhoneNumber`` for the forms accepted.
    public static func read(_ text: String) -> PhoneNumberReading {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return .invalid([.empty]) }
        let separators: Set<Character> = [" ", "-", ".", "(", ")"]
        let leadingWhitespace = text.prefix(while: \.isWhitespace).count
        let bad = trimmed.enumerated().filter { offset, character in
            !(character.isASCIIDigit || separators.contains(character) || (character == "+" && offset == 0))
        }.map { $0.offset + 1 + leadingWhitespace }
        guard bad.isEmpty else { return .invalid([.invalidCharacters(positions: bad)]) }
        let digits = trimmed.filter(\.isASCIIDigit)

        if !trimmed.hasPrefix("+") {
            if digits.hasPrefix("00"), let suggestion = validE164(String(digits.dropFirst(2))) {
                return .invalid([.internationalPrefixInsteadOfPlus(suggestion: suggestion)])
            }
            if digits.hasPrefix("08"), let suggestion = validE164(indonesiaCountryCode + digits.dropFirst()) {
                return .invalid([.indonesianLocalForm(suggestion: suggestion)])
            }
            return .invalid([.missingPlus])
        }
        if digits.hasPrefix(indonesiaCountryCode + "0") {
            let corrected = indonesiaCountryCode + digits.dropFirst(indonesiaCountryCode.count + 1)
            if let suggestion = validE164(corrected) {
                return .invalid([.trunkZeroAfterCountryCode(suggestion: suggestion)])
            }
        }
        if digits.hasPrefix("0") { return .invalid([.countryCodeStartsWithZero]) }
        guard digitCount.contains(digits.count) else { return .invalid([.wrongDigitCount(found: digits.count)]) }
        return .valid(PhoneNumber(e164: "+" + digits))
    }

    /// `+digits` when the digit count is right and the country code does not start with 0.
    private static func validE164(_ digits: String) -> String? {
        guard digitCount.contains(digits.count), !digits.hasPrefix("0") else { return nil }
        return "+" + digits
    }
}
