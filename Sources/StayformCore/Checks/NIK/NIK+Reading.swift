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
}
