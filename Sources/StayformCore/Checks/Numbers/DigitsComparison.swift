/// Compares two numbers that should be the same (NIK, NIB, NPWP, register numbers),
/// ignoring separators: `01.234.567.8-901.000` and `012345678901000` are the same NPWP.
///
///     DigitsComparison("3171064508900001", "3171 0645 0890 0001")   // .equivalent
///     DigitsComparison("3171064508900001", "3171064508900010")      // .transposition(position: 15)
///     DigitsComparison("3171064508900001", "3171064508900002")      // .differentDigits(positions: [16])
public enum DigitsComparison: Hashable, Sendable {
    /// Character for character the same.
    case identical
    /// The same digits; only separators differ.
    case equivalent
    /// One pair of neighbouring digits swapped; `position` is the first of them (1-based, digits only).
    case transposition(position: Int)
    /// Same number of digits, different at these 1-based digit positions.
    case differentDigits(positions: [Int])
    /// A different number of digits.
    case differentLength(expected: Int, stated: Int)
    /// The restatement holds characters that are neither digits nor separators (1-based positions).
    case notDigits(positions: [Int])

    /// Separators ignored by the comparison.
    public static let separators: Set<Character> = [" ", ".", "-", "/", ","]

    /// Compares `stated` (the restatement) with `expected` (the source of truth).
    public init(_ expected: String, _ stated: String) {
        let badPositions = stated.enumerated()
            .filter { !$0.element.isASCIIDigit && !Self.separators.contains($0.element) && !$0.element.isWhitespace }
            .map { $0.offset + 1 }
        if !badPositions.isEmpty {
            self = .notDigits(positions: badPositions)
            return
        }
        let a = Array(expected.filter(\.isASCIIDigit))
        let b = Array(stated.filter(\.isASCIIDigit))
        if expected == stated {
            self = .identical
        } else if a == b {
            self = .equivalent
        } else if a.count != b.count {
            self = .differentLength(expected: a.count, stated: b.count)
        } else {
            let positions = a.indices.filter { a[$0] != b[$0] }
            if positions.count == 2, positions[1] == positions[0] + 1,
                a[positions[0]] == b[positions[1]], a[positions[1]] == b[positions[0]]
            {
                self = .transposition(position: positions[0] + 1)
            } else {
                self = .differentDigits(positions: positions.map { $0 + 1 })
            }
        }
    }
}
