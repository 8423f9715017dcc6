/// The ICAO 9303 check digit: each character's value (`0`–`9` as themselves, `A`=10 … `Z`=35,
/// filler `<`=0) times the repeating weights 7, 3, 1, summed, modulo 10.
///
///     MRZCheckDigit.compute("L898902C3")   // 6
///     MRZCheckDigit.compute("740812")      // 2
public enum MRZCheckDigit {
    /// The check digit of `characters`, or `nil` when one of them is not an MRZ character.
    public static func compute(_ characters: some StringProtocol) -> Int? {
        let weights = [7, 3, 1]
        var sum = 0
        for (index, character) in characters.enumerated() {
            guard let value = value(of: character) else { return nil }
            sum += value * weights[index % 3]
        }
        return sum % 10
    }

    /// The value of one MRZ character, `nil` for anything outside `0-9`, `A-Z` and `<`.
    static func value(of character: Character) -> Int? {
        guard character.isASCII, let ascii = character.asciiValue else { return nil }
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(ascii - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(ascii - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "<"): return 0
        default: return nil
        }
    }
}
