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
