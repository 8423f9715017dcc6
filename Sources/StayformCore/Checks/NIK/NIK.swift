/// An Indonesian national identity number (Nomor Induk Kependudukan): 16 digits —
/// 2 province, 2 regency/city, 2 district, DDMMYY of birth (women: day + 40), 4 serial.
///
///     let reading = NIK.read("3171 0645 0890 0001")
///     reading.nik?.sex                  // .female (day 45 = 5 + 40)
///     reading.nik?.birthDay             // 5
///     reading.nik?.mismatches(birthDate: CalendarDate(iso8601: "1990-08-05")!, sex: .female)   // []
public struct NIK: Hashable, Sendable {
    /// The 16 digits, separators removed.
    public let digits: String
    public let provinceCode: Int
    public let regencyCode: Int
    public let districtCode: Int
    /// Day of birth, with the 40 added for women already taken off.
    public let birthDay: Int
    public let birthMonth: Int
    /// The last two digits of the birth year (the century is not encoded).
    public let birthYearLastTwoDigits: Int
    public let sex: NIKSex
    public let serial: Int

    /// Province codes in use (Aceh 11 … Papua 9x).
    public static let provinceCodes = 11...94
}

/// The sex encoded in a NIK's birth day.
public enum NIKSex: Hashable, Sendable {
    case female
    case male
}
