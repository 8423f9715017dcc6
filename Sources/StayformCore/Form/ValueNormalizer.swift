/// How a value is made comparable before a same-value check (names transliterated as in the
/// MRZ, passport numbers without spaces, dates as ISO 8601, digits only).
public enum ValueNormalizer: String, Hashable, Sendable, CaseIterable {
    /// Trimmed, spaces collapsed, case ignored.
    case text
    /// Upper case, accents transliterated as in an MRZ (Ü → UE), punctuation ignored.
    case personName = "person-name"
    /// Upper case letters and digits only.
    case passportNumber = "passport-number"
    /// The day, whatever the input format.
    case date
    /// Digits only (NIK, NIB, NPWP, phone).
    case digits
}
