import PropertyBased
import StayformCore
import Testing

@Suite struct MachineReadableZoneTests {
    /// The ICAO 9303 part 4 specimen passport.
    static let specimenLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    static let specimenLine2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    static let today = CalendarDate(year: 2026, month: 3, day: 5)!

    @Test func readsTheICAOSpecimen() throws {
        let reading = MachineReadableZone.read("\(Self.specimenLine1)\n\(Self.specimenLine2)\n", today: Self.today)
        #expect(reading.problems == [])
        #expect(reading.isValid)
        let zone = try #require(reading.zone)
        #expect(zone.documentCode == "P")
        #expect(zone.issuingState == "UTO")
        #expect(zone.surname == "ERIKSSON")
        #expect(zone.givenNames == "ANNA MARIA")
        #expect(zone.documentNumber == "L898902C3")
        #expect(zone.nationality == "UTO")
        #expect(zone.birthDate == CalendarDate(year: 1974, month: 8, day: 12))
        #expect(zone.sex == .female)
        #expect(zone.expiryDate == CalendarDate(year: 2012, month: 4, day: 15))
        #expect(zone.optionalData == "ZE184226B")
    }

    @Test(arguments: [
        ("L898902C3", 6), ("740812", 2), ("120415", 9), ("ZE184226B<<<<<", 1),
        ("L898902C3674081221204159ZE184226B<<<<<1", 0), ("<<<<<<", 0), ("A", 0), ("Z", 5),
    ])
    func checkDigit(of field: String, is digit: Int) {
        #expect(MRZCheckDigit.compute(field) == digit)
    }

    @Test func checkDigitRejectsNonMRZCharacters() {
        #expect(MRZCheckDigit.compute("L8989-2C3") == nil)
        #expect(MRZCheckDigit.compute("abc") == nil)
    }

    /// Line 2 of the specimen with one character replaced, and the problems that must follow.
    static let corruptions: [(position: Int, replacement: Character, problems: [MRZProblem])] = [
        (9, "7", [.checkDigitMismatch(.documentNumber, expected: 6, found: "7"), .checkDigitMismatch(.composite, expected: 7, found: "0")]),
        (0, "M", [.checkDigitMismatch(.documentNumber, expected: 3, found: "6"), .checkDigitMismatch(.composite, expected: 7, found: "0")]),
        (19, "3", [.checkDigitMismatch(.birthDate, expected: 2, found: "3"), .checkDigitMismatch(.composite, expected: 3, found: "0")]),
        (27, "0", [.checkDigitMismatch(.expiryDate, expected: 9, found: "0"), .checkDigitMismatch(.composite, expected: 1, found: "0")]),
        (42, "2", [.checkDigitMismatch(.optionalData, expected: 1, found: "2"), .checkDigitMismatch(.composite, expected: 1, found: "0")]),
        (43, "4", [.checkDigitMismatch(.composite, expected: 0, found: "4")]),
        (20, "Q", [.invalidSex(found: "Q")]),
    ]

    @Test(arguments: corruptions)
    func reportsEachFailingCheckByName(position: Int, replacement: Character, problems: [MRZProblem]) {
        var line = Array(Self.specimenLine2)
        line[position] = replacement
        let reading = MachineReadableZone.read(lines: [Self.specimenLine1, String(line)], today: Self.today)
        #expect(Set(reading.problems) == Set(problems))
        #expect(reading.zone != nil)
    }

    @Test func reportsLayoutProblemsTogether() {
        let reading = MachineReadableZone.read(
            lines: [String(Self.specimenLine1.dropLast(2)), "L898902C36UTO7408122F12041-9ZE184226B<<<<<1é"],
            today: Self.today)
        #expect(reading.zone == nil)
        #expect(
            reading.problems == [
                .wrongLineLength(line: 1, found: 42),
                .invalidCharacters(line: 2, positions: [27, 44]),
            ])
    }

    @Test(arguments: ["", "ONE LINE", "A\nB\nC"])
    func reportsWrongLineCount(text: String) {
        let lines = text.split(separator: "\n").count
        #expect(MachineReadableZone.read(text, today: Self.today).problems == [.wrongLineCount(found: lines)])
    }

    @Test func acceptsLowercaseAndSurroundingSpace() {
        let text = "  \(Self.specimenLine1.lowercased())  \n\n \(Self.specimenLine2.lowercased())\n"
        #expect(MachineReadableZone.read(text, today: Self.today).isValid)
    }

    @Test func reportsANonPassportAndBadDates() {
        let line1 = "I" + Self.specimenLine1.dropFirst()
        var line2 = Array(Self.specimenLine2)
        line2.replaceSubrange(13..<19, with: "741332")
        let reading = MachineReadableZone.read(lines: [line1, String(line2)], today: Self.today)
        #expect(reading.problems.contains(.notAPassport(found: "I")))
        #expect(reading.problems.contains(.invalidDate(.birthDate, text: "741332")))
        #expect(reading.zone?.birthDate == nil)
    }

    @Test func reportsMissingNameSeparator() {
        let noSeparator = "P<UTO" + String(repeating: "A", count: 39)
        #expect(
            MachineReadableZone.read(lines: [noSeparator, Self.specimenLine2], today: Self.today).problems
                == [.missingNameSeparator])
    }

    /// A valid line 2 built around the given dates and number.
    static func line2(number: String, birth: String, sex: Character, expiry: String) -> String {
        func digit(_ text: String) -> String { String(MRZCheckDigit.compute(text)!) }
        let paddedNumber = number + String(repeating: "<", count: 9 - number.count)
        let optional = String(repeating: "<", count: 14)
        let composite = paddedNumber + digit(paddedNumber) + birth + digit(birth) + expiry + digit(expiry) + optional + "<"
        return paddedNumber + digit(paddedNumber) + "IDN" + birth + digit(birth) + String(sex) + expiry + digit(expiry)
            + optional + "<" + digit(composite)
    }

    static func yymmdd(_ date: CalendarDate) -> String {
        let text = date.iso8601.replacingOccurrences(of: "-", with: "")
        return String(text.dropFirst(2))
    }

    @Test func birthCenturyIsTheLatestNotInTheFuture() async {
        await propertyCheck(input: Gen.int(in: 0...36_000), Gen.int(in: 18_000...30_000)) { age, todayDays in
            let today = CalendarDate(daysSinceEpoch: todayDays)
            let birth = today.adding(days: -age)
            let line = Self.line2(number: "X1234567", birth: Self.yymmdd(birth), sex: "M", expiry: "300101")
            let reading = MachineReadableZone.read(lines: [Self.specimenLine1, line], today: today)
            #expect(reading.problems == [])
            #expect(reading.zone?.birthDate == birth)
            #expect(reading.zone?.expiryDate == CalendarDate(year: 2030, month: 1, day: 1))
        }
    }

    @Test func everySingleDigitChangeInACheckedFieldIsCaught() async {
        let line = Self.line2(number: "123456789", birth: "850315", sex: "F", expiry: "310228")
        let digitPositions = Array(line.enumerated().filter { $0.element.isASCIIDigit }.map(\.offset))
        await propertyCheck(input: Gen.int(in: 0...(digitPositions.count - 1)), Gen.int(in: 1...9)) { which, shift in
            var characters = Array(line)
            let position = digitPositions[which]
            let old = characters[position].wholeNumberValue!
            characters[position] = Character(String((old + shift) % 10))
            let reading = MachineReadableZone.read(lines: [Self.specimenLine1, String(characters)], today: Self.today)
            #expect(!reading.problems.isEmpty, "change at \(position + 1) went unnoticed")
        }
    }
}

@Suite struct MachineReadableZoneOneRunTests {
    @Test func bothLinesTypedAsOneRunAreRead() {
        let today = CalendarDate(year: 2026, month: 11, day: 21)!
        let run = MachineReadableZone.read(
            MachineReadableZoneTests.specimenLine1 + MachineReadableZoneTests.specimenLine2, today: today)
        #expect(run.isValid)
        #expect(run.zone?.documentNumber == "L898902C3")
        let partial = MachineReadableZone.read(MachineReadableZoneTests.specimenLine1 + "L898902C3", today: today)
        #expect(partial.problems.contains(.wrongLineLength(line: 2, found: 9)))
    }
}
