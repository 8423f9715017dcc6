import PropertyBased
import StayformCore
import Testing

@Suite struct DigitsComparisonTests {
    @Test(arguments: [
        ("3171064508900001", "3171064508900001", DigitsComparison.identical),
        ("3171064508900001", "3171 0645 0890 0001", .equivalent),
        ("01.234.567.8-901.000", "012345678901000", .equivalent),
        ("012345678901000", "01/234/567/8-901,000", .equivalent),
        ("3171064508900001", "3171064508900010", .transposition(position: 15)),
        ("3171064508900001", "1371064508900001", .transposition(position: 1)),
        ("3171064508900001", "3171064508900002", .differentDigits(positions: [16])),
        ("3171064508900001", "3171064508900100", .differentDigits(positions: [14, 16])),
        ("3171064508900001", "0001064508903171", .differentDigits(positions: [1, 2, 3, 13, 14, 15])),
        ("3171064508900001", "317106450890001", .differentLength(expected: 16, stated: 15)),
        ("3171064508900001", "3171O64508900001", .notDigits(positions: [5])),
        ("3171064508900001", "NIK: 3171064508900001", .notDigits(positions: [1, 2, 3, 4])),
    ])
    func compares(expected: String, stated: String, comparison: DigitsComparison) {
        #expect(DigitsComparison(expected, stated) == comparison)
    }

    @Test func separatorsAnywhereAreIgnored() async {
        await propertyCheck(
            input: Gen.number.string(of: 1...20), Gen.element(of: [" ", ".", "-", "/"]).array(of: 1...20)
        ) { digits, separators in
            var stated = ""
            for (index, character) in digits.enumerated() {
                stated.append(character)
                if let separator = separators[index % separators.count] { stated.append(separator) }
            }
            let result = DigitsComparison(digits, stated)
            #expect(result == .equivalent || result == .identical)
        }
    }

    @Test func aChangedDigitIsReportedAtItsPosition() async {
        await propertyCheck(input: Gen.number.string(of: 2...20), Gen.int(in: 0...19), Gen.int(in: 1...9)) {
            digits, index, shift in
            var characters = Array(digits)
            let position = index % characters.count
            characters[position] = Character(String((characters[position].wholeNumberValue! + shift) % 10))
            #expect(DigitsComparison(digits, String(characters)) == .differentDigits(positions: [position + 1]))
        }
    }
}
