/// Text made safe to hand to a terminal: no control, escape or bidirectional-override
/// character survives, so a crafted draft, pack or paste cannot send escape sequences to the
/// user's terminal. Each unsafe grapheme becomes one visible placeholder.
///
///     "evil\u{1B}[2J".terminalSafe   // "evil␛[2J"
///     "\u{301}".terminalSafe          // "◌́" (a lone combining mark gets a dotted-circle base)
///
/// Lines of output (a report, a listing) keep their line breaks and tabs and lose everything
/// else that is unsafe; this is what every command writes to standard output and error:
///
///     "a\tb\n\u{9B}2J\n".terminalSafeLines   // "a\tb\n\u{FFFD}2J\n"
extension StringProtocol {
    /// This text with every unsafe grapheme replaced by a visible placeholder.
    @inlinable
    public var terminalSafe: String {
        if isPrintableASCII { return String(self) }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self { result.append(character.terminalSafe) }
        return result
    }

    /// This text with every unsafe grapheme replaced by a visible placeholder, except line
    /// breaks (`\n`; `\r\n` becomes `\n`) and tabs, which are kept.
    public var terminalSafeLines: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "\n", "\r\n": result.append("\n")
            case "\t": result.append("\t")
            default: result.append(character.terminalSafe)
            }
        }
        return result
    }
}

extension Character {
    /// Whether this grapheme can go to a terminal as it is.
    public var isTerminalSafe: Bool {
        let scalars = unicodeScalars
        // Fast path, most text: one scalar below the combining marks (U+0300).
        if let first = scalars.first, first.value < 0x300, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return !first.isTerminalUnsafe
        }
        for scalar in unicodeScalars where scalar.isTerminalUnsafe { return false }
        if let first = unicodeScalars.first, first.isCombiningMark { return false }
        return true
    }

    /// This grapheme, or its visible placeholder when it is not safe to draw.
    public var terminalSafe: Character {
        if isTerminalSafe { return self }
        let scalars = unicodeScalars
        if let control = scalars.first(where: \.isTerminalUnsafe) {
            switch control.value {
            case 0x00...0x1F: return Character(Unicode.Scalar(0x2400 + control.value)!)
            case 0x7F: return "\u{2421}"
            default: return "\u{FFFD}"
            }
        }
        // A lone combining mark: give it the dotted circle as a base so it takes one column.
        var text = "\u{25CC}"
        text.unicodeScalars.append(contentsOf: scalars)
        return Character(text)
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls, DEL, line/paragraph separators and bidirectional controls.
    var isTerminalUnsafe: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E,
            0x2066...0x2069, 0x061C:
            return true
        default:
            return false
        }
    }

    /// Nonspacing and enclosing marks, which draw on the character before them.
    var isCombiningMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }
}
