/// How many terminal columns text occupies, computed in Swift so that layout does not depend
/// on the process's locale (`wcwidth` does).
///
///     Character("a").terminalColumns      // 1
///     Character("山").terminalColumns     // 2
///     Character("e\u{301}").terminalColumns // 1 (combining mark adds nothing)
///     "Müller 山田".terminalColumns         // 11
extension Character {
    /// Columns this grapheme occupies: 2 for East Asian wide and emoji, otherwise 1.
    ///
    /// Control characters count as 1 because they are only ever drawn as a placeholder.
    public var terminalColumns: Int {
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path, most text: one scalar below the first wide or emoji-presentation one.
        if first.value < 0x1100, scalars.index(after: scalars.startIndex) == scalars.endIndex { return 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        return first.isEastAsianWide ? 2 : 1
    }
}

extension StringProtocol {
    /// The sum of the columns of every grapheme.
    @inlinable
    public var terminalColumns: Int {
        // Fast path, most text: printable ASCII is one column a byte.
        if isPrintableASCII { return utf8.count }
        var total = 0
        for character in self { total += character.terminalColumns }
        return total
    }
}

extension StringProtocol {
    /// Whether every byte is printable ASCII (space to `~`): one grapheme, one column and safe
    /// for a terminal each, so width and safety need no grapheme breaking.
    ///
    ///     "Hans Müller".isPrintableASCII   // false
    ///     "C4JN12K57".isPrintableASCII     // true
    @inlinable
    public var isPrintableASCII: Bool {
        let isPrintable: (UInt8) -> Bool = { $0 &- 0x20 < 0x5F }
        return utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPrintable) } ?? utf8.allSatisfy(isPrintable)
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is East Asian Wide or Fullwidth (UAX #11), by the ranges terminals use.
    var isEastAsianWide: Bool {
        let v = value
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
            0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
            0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
            0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
            0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
            0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
            0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
            0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
