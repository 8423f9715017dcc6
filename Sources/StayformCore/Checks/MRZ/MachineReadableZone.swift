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
    public let sex: MRZSex?
    /// Date of expiry, read as 20YY; `nil` when not a real date.
    public let expiryDate: CalendarDate?
    /// The optional data (often a personal number), fillers removed.
    public let optionalData: String
}

/// The result of reading an MRZ: the zone when its layout could be read, and every problem found.
public struct MRZReading: Hashable, Sendable {
    /// `nil` when the text does not have the TD3 shape (line count, lengths, characters).
    public let zone: MachineReadableZone?
    /// Empty when the MRZ is well-formed and every check digit matches.
    public let problems: [MRZProblem]

    /// Whether the MRZ was read with no problem at all.
    public var isValid: Bool { zone != nil && problems.isEmpty }
}

extension MachineReadableZone {
    /// The number of characters in each TD3 line.
    public static let lineLength = 44

    /// Reads a TD3 MRZ from `text` (two lines; blank lines and surrounding spaces are ignored,
    /// lowercase letters are taken as uppercase). `today` decides the century of the birth date:
    /// a birth date is never in the future. Expiry dates are read as 20YY.
    public static func read(_ text: String, today: CalendarDate) -> MRZReading {
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace.uppercased() }
            .filter { !$0.isEmpty }
        return read(lines: lines, today: today)
    }

    /// Reads a TD3 MRZ given as its lines.
    public static func read(lines: [String], today: CalendarDate) -> MRZReading {
        guard lines.count == 2 else { return MRZReading(zone: nil, problems: [.wrongLineCount(found: lines.count)]) }
        var problems: [MRZProblem] = []
        for (index, line) in lines.enumerated() {
            if line.count != lineLength {
                problems.append(.wrongLineLength(line: index + 1, found: line.count))
            }
            let bad = line.enumerated().filter { MRZCheckDigit.value(of: $0.element) == nil }.map { $0.offset + 1 }
            if !bad.isEmpty { problems.append(.invalidCharacters(line: index + 1, positions: bad)) }
        }
        guard problems.isEmpty else { return MRZReading(zone: nil, problems: problems) }

        let first = Array(lines[0])
        let second = Array(lines[1])
        func text(_ line: [Character], _ range: Range<Int>) -> String { String(line[range]) }

        let documentCode = text(first, 0..<2)
        if first[0] != "P" { problems.append(.notAPassport(found: documentCode.withoutFillers)) }
        let nameField = text(first, 5..<44)
        let names = nameField.surnameAndGivenNames
        if names.count < 2 && !nameField.allSatisfy({ $0 == "<" }) { problems.append(.missingNameSeparator) }

        func check(_ field: MRZCheckedField, _ data: String, digitAt position: Int) {
            let found = second[position]
            guard let expected = MRZCheckDigit.compute(data) else { return }
            if field == .optionalData, found == "<", data.allSatisfy({ $0 == "<" }) { return }
            if found != Character(String(expected)) {
                problems.append(.checkDigitMismatch(field, expected: expected, found: found))
            }
        }
        check(.documentNumber, text(second, 0..<9), digitAt: 9)
        check(.birthDate, text(second, 13..<19), digitAt: 19)
        check(.expiryDate, text(second, 21..<27), digitAt: 27)
        check(.optionalData, text(second, 28..<42), digitAt: 42)
        check(.composite, text(second, 0..<10) + text(second, 13..<20) + text(second, 21..<43), digitAt: 43)

        let birthText = text(second, 13..<19)
        let birthDate = MRZDate(birthText)?.birthDate(today: today)
        if birthDate == nil { problems.append(.invalidDate(.birthDate, text: birthText)) }
        let expiryText = text(second, 21..<27)
        let expiryDate = MRZDate(expiryText)?.date(century: 2000)
        if expiryDate == nil { problems.append(.invalidDate(.expiryDate, text: expiryText)) }

        let sex: MRZSex?
        switch second[20] {
        case "F": sex = .female
        case "M": sex = .male
        case "<", "X": sex = .unspecified
        default:
            sex = nil
            problems.append(.invalidSex(found: second[20]))
        }

        let zone = MachineReadableZone(
            documentCode: documentCode.withoutFillers,
            issuingState: text(first, 2..<5).withoutFillers,
            surname: names[0].fillersAsSpaces,
            givenNames: names.count > 1 ? names[1].fillersAsSpaces : "",
            documentNumber: text(second, 0..<9).withoutFillers,
            nationality: text(second, 10..<13).withoutFillers,
            birthDate: birthDate,
            sex: sex,
            expiryDate: expiryDate,
            optionalData: text(second, 28..<42).withoutFillers
        )
        return MRZReading(zone: zone, problems: problems)
    }
}

/// A YYMMDD field, before its century is known.
private struct MRZDate {
    let yy: Int, month: Int, day: Int

    init?(_ text: String) {
        guard text.count == 6, text.allSatisfy(\.isASCIIDigit) else { return nil }
        let digits = text.compactMap(\.wholeNumberValue)
        yy = digits[0] * 10 + digits[1]
        month = digits[2] * 10 + digits[3]
        day = digits[4] * 10 + digits[5]
    }

    func date(century: Int) -> CalendarDate? {
        CalendarDate(year: century + yy, month: month, day: day)
    }

    /// The latest reading that is not after `today`.
    func birthDate(today: CalendarDate) -> CalendarDate? {
        if let recent = date(century: today.year / 100 * 100), recent <= today { return recent }
        return date(century: today.year / 100 * 100 - 100)
    }
}

extension String {
    /// Fillers removed: `D<<` → `D`, `L898902C<` → `L898902C`.
    fileprivate var withoutFillers: String {
        split(separator: "<").joined()
    }

    /// `<` becomes a space, runs collapse, ends are trimmed: `ANNA<MARIA<<<` → `ANNA MARIA`.
    fileprivate var fillersAsSpaces: String {
        split(separator: "<").joined(separator: " ")
    }

    /// The text before and after the first `<<`; one element when there is none.
    fileprivate var surnameAndGivenNames: [String] {
        guard let range = firstRange(of: "<<") else { return [self] }
        return [String(self[..<range.lowerBound]), String(self[range.upperBound...])]
    }
}
