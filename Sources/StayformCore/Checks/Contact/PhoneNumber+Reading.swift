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
