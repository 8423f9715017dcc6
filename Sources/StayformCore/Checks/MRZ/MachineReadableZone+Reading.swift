extension MachineReadableZone {
    /// The number of characters in each TD3 line.
    public static let lineLength = 44

    /// Reads a TD3 MRZ from `text` (two lines; blank lines and surrounding spaces are ignored,
    /// lowercase letters are taken as uppercase). `today` decides the century of the birth date:
    /// a birth date is never in the future. Expiry dates are read as 20YY.
    public static func read(_ text: String, today: CalendarDate) -> MRZReading {
        var lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace.uppercased() }
            .filter { !$0.isEmpty }
        // Typed or pasted as one run (a form field, a scan without line breaks): the first
        // line is the first 44 characters.
        if lines.count == 1, lines[0].count > lineLength {
            lines = [String(lines[0].prefix(lineLength)), String(lines[0].dropFirst(lineLength))]
        }
        return read(lines: lines, today: today)
    }

    /// Reads a TD3 MRZ given as its two lines, exactly as they are (no trimming, no case change).
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
