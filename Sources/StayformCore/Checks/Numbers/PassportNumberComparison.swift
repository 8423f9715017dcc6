/// Compares a passport number as printed (the source of truth) with a restatement, ignoring
/// case, spaces and hyphens, and naming look-alike slips (`O`/`0`, `I`/`1`, `B`/`8`, `S`/`5`, `Z`/`2`).
///
///     PassportNumberComparison("X1234567", "X1234567")    // .identical
///     PassportNumberComparison("X1234567", "x 1234 567")  // .equivalent
///     PassportNumberComparison("XO123456", "X0123456")    // .lookAlikes([position 2: O typed as 0])
///     PassportNumberComparison("X1234567", "X1234568")    // .mismatch
public enum PassportNumberComparison: Hashable, Sendable {
    /// Character for character the same.
    case identical
    /// The same once case, spaces and hyphens are ignored.
    case equivalent
    /// Differs only where one character was read or typed as its look-alike.
    case lookAlikes([LookAlikeDifference])
    /// Differs in a way look-alikes do not explain.
    case mismatch

    /// Characters easily confused in passport numbers, in pairs.
    public static let lookAlikePairs: [(Character, Character)] = [
        ("O", "0"), ("I", "1"), ("B", "8"), ("S", "5"), ("Z", "2"),
    ]

    /// Compares `stated` with `expected`.
    public init(_ expected: String, _ stated: String) {
        if expected == stated {
            self = .identical
            return
        }
        let a = Self.normalized(expected)
        let b = Self.normalized(stated)
        if a == b {
            self = .equivalent
            return
        }
        guard a.count == b.count else {
            self = .mismatch
            return
        }
        var differences: [LookAlikeDifference] = []
        for index in a.indices where a[index] != b[index] {
            guard Self.areLookAlikes(a[index], b[index]) else {
                self = .mismatch
                return
            }
            differences.append(LookAlikeDifference(position: index + 1, expected: a[index], stated: b[index]))
        }
        self = .lookAlikes(differences)
    }

    /// Uppercased, without spaces and hyphens.
    static func normalized(_ text: String) -> [Character] {
        // ASCII, as passport numbers are, byte by byte.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return Array(text.uppercased().filter { !$0.isWhitespace && $0 != "-" })
        }
        return text.utf8.compactMap { byte in
            guard byte != 0x20, !(0x09...0x0D).contains(byte), byte != UInt8(ascii: "-") else { return nil }
            return Character(Unicode.Scalar((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte & 0xDF : byte))
        }
    }

    static func areLookAlikes(_ a: Character, _ b: Character) -> Bool {
        lookAlikePairs.contains { ($0.0 == a && $0.1 == b) || ($0.0 == b && $0.1 == a) }
    }
}

/// One look-alike slip: at `position` (1-based, spaces and hyphens not counted) `expected`
/// appears as `stated`.
public struct LookAlikeDifference: Hashable, Sendable {
    public let position: Int
    public let expected: Character
    public let stated: Character

    public init(position: Int, expected: Character, stated: Character) {
        self.position = position
        self.expected = expected
        self.stated = stated
    }
}
