/// One thing wrong with a machine-readable zone; ``MachineReadableZone/read(_:today:)`` reports all of them.
public enum MRZProblem: Hashable, Sendable {
    /// A passport MRZ (TD3) has two lines; `found` were given.
    case wrongLineCount(found: Int)
    /// Each line has 44 characters. `line` is 1 or 2.
    case wrongLineLength(line: Int, found: Int)
    /// Characters other than `A`–`Z`, `0`–`9` and `<`, at these 1-based positions of `line`.
    case invalidCharacters(line: Int, positions: [Int])
    /// A passport MRZ starts with `P`; this one starts with `found` (e.g. `I` for an ID card).
    case notAPassport(found: String)
    /// The line-1 name field has no `<<` between surname and given names.
    case missingNameSeparator
    /// A check digit does not match its field. `found` is the character in the MRZ.
    case checkDigitMismatch(MRZCheckedField, expected: Int, found: Character)
    /// A date field that is not a real YYMMDD date.
    case invalidDate(MRZDateField, text: String)
    /// The sex field holds something other than `F`, `M` or `<`.
    case invalidSex(found: Character)
}

/// The fields of a TD3 MRZ that carry a check digit.
public enum MRZCheckedField: String, Hashable, Sendable, CaseIterable {
    case documentNumber
    case birthDate
    case expiryDate
    case optionalData
    /// The final digit over document number, birth date, expiry and optional data.
    case composite
}

/// The two date fields of a TD3 MRZ.
public enum MRZDateField: String, Hashable, Sendable {
    case birthDate
    case expiryDate
}
