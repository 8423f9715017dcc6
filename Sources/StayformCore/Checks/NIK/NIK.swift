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

/// The result of reading a NIK: the number when it is well-formed, and every problem found.
public enum NIKReading: Hashable, Sendable {
    case valid(NIK)
    case invalid([NIKProblem])

    /// The NIK when it is valid.
    public var nik: NIK? {
        if case .valid(let nik) = self { nik } else { nil }
    }
}

/// Why a NIK is not well-formed.
public enum NIKProblem: Hashable, Sendable {
    case empty
    /// Characters other than digits and separators (space, `.`, `-`), at these 1-based positions
    /// of the text as typed.
    case notDigits(positions: [Int])
    /// A NIK has 16 digits.
    case wrongLength(found: Int)
    /// The first two digits are not a province code (11–94).
    case provinceOutOfRange(found: Int)
    /// Regency or district code `00`.
    case zeroRegionCode
    /// Digits 7–12 (less 40 on the day for women) are not a real DDMMYY date.
    case noSuchBirthDate(day: Int, month: Int, year: Int)
    /// Serial `0000`.
    case zeroSerial
}

/// How a NIK disagrees with the stated date of birth and sex.
public enum NIKMismatch: Hashable, Sendable {
    /// The NIK encodes another birth date than the one stated.
    case birthDate(nikDay: Int, nikMonth: Int, nikYear: Int, stated: CalendarDate)
    /// The NIK encodes the other sex (day + 40 or not).
    case sex(nik: NIKSex, stated: NIKSex)
}

extension NIK {
    /// Reads a NIK typed with or without separators (spaces, dots, hyphens).
    public static func read(_ text: String) -> NIKReading {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return .invalid([.empty]) }
        let separators: Set<Character> = [" ", ".", "-"]
        let bad = trimmed.enumerated()
            .filter { !$0.element.isASCIIDigit && !separators.contains($0.element) }
            .map { $0.offset + 1 }
        guard bad.isEmpty else { return .invalid([.notDigits(positions: bad)]) }
        let digits = trimmed.filter(\.isASCIIDigit)
        guard digits.count == 16 else { return .invalid([.wrongLength(found: digits.count)]) }

        let values = digits.compactMap(\.wholeNumberValue)
        func number(_ range: Range<Int>) -> Int { values[range].reduce(0) { $0 * 10 + $1 } }
        var problems: [NIKProblem] = []
        let province = number(0..<2)
        if !provinceCodes.contains(province) { problems.append(.provinceOutOfRange(found: province)) }
        if number(2..<4) == 0 || number(4..<6) == 0 { problems.append(.zeroRegionCode) }
        let encodedDay = number(6..<8)
        let sex: NIKSex = encodedDay > 40 ? .female : .male
        let day = sex == .female ? encodedDay - 40 : encodedDay
        let month = number(8..<10)
        let year = number(10..<12)
        // The century is unknown: the date must exist in the 1900s or the 2000s (29 Feb 00 did in 2000).
        if CalendarDate(year: 1900 + year, month: month, day: day) == nil,
            CalendarDate(year: 2000 + year, month: month, day: day) == nil
        {
            problems.append(.noSuchBirthDate(day: day, month: month, year: year))
        }
        let serial = number(12..<16)
        if serial == 0 { problems.append(.zeroSerial) }
        guard problems.isEmpty else { return .invalid(problems) }
        return .valid(
            NIK(
                digits: digits, provinceCode: province, regencyCode: number(2..<4), districtCode: number(4..<6),
                birthDay: day, birthMonth: month, birthYearLastTwoDigits: year, sex: sex, serial: serial))
    }

    /// What this NIK contradicts in a stated birth date and sex; empty when both agree.
    public func mismatches(birthDate: CalendarDate, sex stated: NIKSex) -> [NIKMismatch] {
        var found: [NIKMismatch] = []
        if birthDate.day != birthDay || birthDate.month != birthMonth || birthDate.year % 100 != birthYearLastTwoDigits {
            found.append(
                .birthDate(nikDay: birthDay, nikMonth: birthMonth, nikYear: birthYearLastTwoDigits, stated: birthDate))
        }
        if stated != sex { found.append(.sex(nik: sex, stated: stated)) }
        return found
    }
}
