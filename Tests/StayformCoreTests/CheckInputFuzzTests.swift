import PropertyBased
import StayformCore
import Testing

/// Whatever people paste, every reader answers and none traps.
@Suite struct CheckInputFuzzTests {
    /// Characters that matter to the readers, plus arbitrary Unicode.
    static let character = Gen<Character?>.element(of: Array("0123456789AZaz<+-./ ,'@\nÜßÄ\u{308}é\u{1B}"))
        .map { $0 ?? " " }
    static let text = Self.character.string(of: 0...60)
    static let unicodeText = Gen<Character>.character(in: "\u{0}"..."\u{2FFF}").string(of: 0...40)
    static let today = CalendarDate(year: 2026, month: 3, day: 5)!

    @Test func textReadersNeverTrap() async {
        await propertyCheck(count: 300, input: Self.text, Self.unicodeText) { a, b in
            for input in [a, b, a + b] {
                _ = DateInput.parse(input)
                _ = NIK.read(input)
                _ = EmailAddress.read(input)
                _ = PhoneNumber.read(input)
                _ = MachineReadableZone.read(input, today: Self.today)
                _ = PersonNameComparison(passport: input, stated: a)
                _ = PassportNumberComparison(input, b)
                _ = DigitsComparison(input, a)
                _ = EmailConfirmation(input, b)
            }
        }
    }

    @Test func mrzShapedNoiseReportsProblemsWithoutTrapping() async {
        let mrzCharacter = Gen<Character?>.element(of: Array("ABCXYZ0123456789<<<<<<")).map { $0 ?? "<" }
        await propertyCheck(count: 300, input: mrzCharacter.string(of: 44), mrzCharacter.string(of: 44)) { a, b in
            let reading = MachineReadableZone.read(lines: ["P<" + a.dropFirst(2), b], today: Self.today)
            #expect(reading.zone != nil)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func hostileNamesStayFast() {
        let umlauts = String(repeating: "Ä", count: 120)
        let almost = String(repeating: "A", count: 119) + "X"
        #expect(PersonNameComparison(passport: umlauts, stated: almost) == .mismatch)
        let long = String(repeating: "Ü", count: 5_000)
        #expect(PersonNameComparison(passport: long, stated: String(repeating: "UE", count: 5_000)) == .mismatch)
    }
}
