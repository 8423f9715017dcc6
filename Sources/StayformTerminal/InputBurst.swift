import StayformWizard

/// Characters that arrived together, already waiting when the first was read: keys, or a paste
/// from a terminal that does not mark pastes (no bracketed paste).
///
/// Long lines of text arriving at once are a paste, not someone typing: they become one
/// `.paste`, so that their line breaks never move to the next field (a two-line MRZ lands
/// whole in its field). Anything else stays the keys it was, Enter included: keys typed while
/// the program was busy (a code, Enter, an answer) pile up the same way and must keep working.
///
///     InputBurst.keys(Array("P<UTOERIKSSON<<ANNA<<<<<<<<<<<<\rL898902C36UTO7408122F1204159".unicodeScalars))
///     // [.paste("P<UTO…\nL8989…")]
///     InputBurst.keys(Array("1.4\rHamburg".unicodeScalars))   // the keys, Enter between
enum InputBurst {
    /// The fewest characters the lines on both sides of a line break need for a paste (an MRZ
    /// line has 44).
    static let minimumPastedLine = 30

    /// The keys `scalars` stand for.
    static func keys(_ scalars: [Unicode.Scalar]) -> [Key] {
        if isPaste(scalars) {
            var text = String(String.UnicodeScalarView(scalars))
            text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
            return [.paste(text)]
        }
        return scalars.compactMap { NcursesKeyMap.key(character: $0.value) }
    }

    /// Whether two lines that follow each other are both long enough to be no typing.
    private static func isPaste(_ scalars: [Unicode.Scalar]) -> Bool {
        // Two such lines and the break between them: a typed key or two never gets further.
        guard scalars.count > 2 * minimumPastedLine else { return false }
        let lines = scalars.split(whereSeparator: { $0 == "\r" || $0 == "\n" })
        return zip(lines, lines.dropFirst()).contains {
            $0.count >= minimumPastedLine && $1.count >= minimumPastedLine
        }
    }

    /// Whether `scalar` may be part of a burst: text and line breaks (and Tab), not Esc or
    /// other control keys, which are read as keys of their own.
    static func mayContinue(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\r" || scalar == "\n" || scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value))
    }
}
