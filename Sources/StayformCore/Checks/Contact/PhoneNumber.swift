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
