/// The restatements read from a passport's machine-readable zone (ICAO 9303 part 4, TD3:
/// two lines of 44 characters).
///
///     let reading = MachineReadableZone.read("""
///         P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
///         L898902C36UTO7408122F1204159ZE184226B<<<<<10
///         """, today: CalendarDate(year: 2026, month: 3, day: 5)!)
///     reading.zone?.surname          // "ERIKSSON"
///     reading.zone?.givenNames       // "ANNA MARIA"
///     reading.zone?.birthDate        // 1974-08-12
///     reading.problems               // [] when every check digit matches
public struct MachineReadableZone: Hashable, Sendable {
    /// `P` and the optional second character of the document code, fillers removed (`P`, `PD`…).
    public let documentCode: String
    /// Issuing state or organisation, three letters with fillers removed (`UTO`, `D`).
    public let issuingState: String
    /// The primary identifier, transliterated, spaces where the MRZ has `<`.
    public let surname: String
    /// The secondary identifiers, transliterated, separated by single spaces; may be empty.
    public let givenNames: String
    /// The document number, fillers removed.
    public let documentNumber: String
    /// Nationality, three letters with fillers removed.
    public let nationality: String
    /// Date of birth; `nil` when the field is not a real date (a problem says so).
    public let birthDate: CalendarDate?
    /// `nil` when the field holds something other than `F`, `M`, `<` (a problem says so).
    public let sex: MRZSex?
    /// Date of expiry, read as 20YY; `nil` when not a real date.
    public let expiryDate: CalendarDate?
    /// The optional data (often a personal number), fillers removed.
    public let optionalData: String
}
