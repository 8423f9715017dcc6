import StayformCore
import Testing

@Suite struct PassportNumberComparisonTests {
    static func slip(_ position: Int, _ expected: Character, _ stated: Character) -> LookAlikeDifference {
        LookAlikeDifference(position: position, expected: expected, stated: stated)
    }

    @Test(arguments: [
        ("X1234567", "X1234567", PassportNumberComparison.identical),
        ("X1234567", "x1234567", .equivalent),
        ("X1234567", " X 1234-567 ", .equivalent),
        ("XO123456", "X0123456", .lookAlikes([slip(2, "O", "0")])),
        ("A01I2345", "AO112345", .lookAlikes([slip(2, "0", "O"), slip(4, "I", "1")])),
        ("B8S5Z2", "8B5S2Z", .lookAlikes([slip(1, "B", "8"), slip(2, "8", "B"), slip(3, "S", "5"), slip(4, "5", "S"), slip(5, "Z", "2"), slip(6, "2", "Z")])),
        ("x0123456", "X O123456", .lookAlikes([slip(2, "0", "O")])),
        ("X1234567", "X1234568", .mismatch),
        ("XO123456", "X0123457", .mismatch),
        ("X1234567", "X123456", .mismatch),
        ("X1234567", "", .mismatch),
    ])
    func compares(expected: String, stated: String, comparison: PassportNumberComparison) {
        #expect(PassportNumberComparison(expected, stated) == comparison)
    }
}
