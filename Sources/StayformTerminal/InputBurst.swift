import StayformWizard

/// Characters that arrived together, already waiting when the first was read: keys, or a paste
/// from a terminal that does not mark pastes (no bracketed paste).
///
/// Text of several lines arriving at once is a paste, not someone typing: it becomes one
/// `.paste`, so that its line breaks never move to the next field (a two-line MRZ lands whole
/// in its field). Anything else stays the keys it was.
///
///     InputBurst.keys(Array("P<UTOERIKSSON<<ANNA\rL898902C36UTO".unicodeScalars))  // [.paste("P<UTO…\nL8989…")]
///     InputBurst.keys(Array("ab\r".unicodeScalars))   // [.character("a"), .character("b"), .enter]
enum InputBurst {
    /// The fewest printable characters a burst needs to be taken for a paste.
    static let minimumPasteLength = 8

    /// The keys `scalars` stand for.
    static func keys(_ scalars: [Unicode.Scalar]) -> [Key] {
        if isPaste(scalars) {
            var text = String(String.UnicodeScalarView(scalars))
            text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
            return [.paste(text)]
        }
        return scalars.compactMap { NcursesKeyMap.key(character: $0.value) }
    }

    /// Whether a line break stands between printable text, with enough text to be no typing.
    private static func isPaste(_ scalars: [Unicode.Scalar]) -> Bool {
        let isBreak: (Unicode.Scalar) -> Bool = { $0 == "\r" || $0 == "\n" }
        guard scalars.filter({ !isBreak($0) }).count >= minimumPasteLength,
            let firstText = scalars.firstIndex(where: { !isBreak($0) }),
            let lastText = scalars.lastIndex(where: { !isBreak($0) })
        else { return false }
        return scalars[firstText...lastText].contains(where: isBreak)
    }

    /// Whether `scalar` may be part of a burst: text and line breaks (and Tab), not Esc or
    /// other control keys, which are read as keys of their own.
    static func mayContinue(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\r" || scalar == "\n" || scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value))
    }
}
