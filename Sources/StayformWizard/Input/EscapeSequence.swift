/// Reads the characters that follow an Esc which the terminal library passed on undecoded,
/// as a key or as nothing, so that a key sequence is never typed into an answer.
///
/// ncurses decodes the sequences its terminal description lists. Terminals, web SSH clients
/// and screen-share tools often send others (`TERM=vt100` while the keyboard sends xterm's
/// `Esc [15~` for F5); ncurses then hands over Esc, `[`, `1`, `5`, `~` one by one. This reads
/// them as one sequence: xterm, vt100/vt220, rxvt, the Linux console, tmux and screen, with or
/// without modifiers. A sequence it does not know is dropped whole; Esc followed by a
/// character is that character with Alt.
///
///     EscapeSequence.read(Array("[15~".unicodeScalars), inputEnded: false)  // .complete(.function(5))
///     EscapeSequence.read(Array("[1".unicodeScalars), inputEnded: false)    // .incomplete
///     EscapeSequence.read(Array("g".unicodeScalars), inputEnded: true)      // .complete(.alt("g"))
///     EscapeSequence.read([], inputEnded: true)                               // .complete(.escape)
public enum EscapeSequence {
    /// What the characters read so far after an Esc amount to.
    public enum Reading: Hashable, Sendable {
        /// A sequence has started and needs more characters.
        case incomplete
        /// The sequence is whole: the key it stands for, or `nil` to drop it.
        case complete(Key?)
        /// The sequence ended before the last character read, an Esc that starts the next
        /// one: the key it stands for (or `nil`), and that Esc is to be read again.
        case completeBeforeLast(Key?)
    }

    /// The longest sequence read; anything longer is not a key and is dropped.
    public static let maximumLength = 32

    /// Reads `scalars`, the characters after an Esc. `inputEnded` says that no more characters
    /// are waiting, so an unfinished sequence must be decided now.
    public static func read(_ scalars: [Unicode.Scalar], inputEnded: Bool) -> Reading {
        guard let first = scalars.first else { return inputEnded ? .complete(.escape) : .incomplete }
        if scalars.count > maximumLength { return .complete(nil) }
        if let escape = scalars.dropFirst().firstIndex(of: "\u{1B}") {
            // Another sequence starts: this one ends before it, unfinished.
            return .completeBeforeLast(escape == 1 ? Self.alone(first) : nil)
        }
        let rest = scalars.dropFirst()
        switch first {
        case "[":
            return readControlSequence(rest, inputEnded: inputEnded)
        case "O":
            if rest.isEmpty { return inputEnded ? .complete(.alt("O")) : .incomplete }
            return readSingleShift(rest, inputEnded: inputEnded)
        case "\u{1B}":
            return .completeBeforeLast(.escape)  // Esc, then a new sequence
        case "\u{7F}", "\u{08}":
            return .complete(.control("w"))  // Alt-Backspace deletes a word, as in a shell
        default:
            guard first.value >= 0x20, first.value != 0x7F, !(0x80...0x9F).contains(first.value) else {
                return .complete(nil)
            }
            return .complete(.alt(Character(first)))
        }
    }

    /// The key of Esc and `scalar` when nothing follows.
    private static func alone(_ scalar: Unicode.Scalar) -> Key? {
        guard case .complete(let key) = read([scalar], inputEnded: true) else { return nil }
        return key
    }

    /// `Esc [ …`: parameters, then one final character; the Linux console's `Esc [ [ A`…`E`
    /// for F1–F5; rxvt's `$`, `^` and `@` endings for keys with Shift, Ctrl or both.
    private static func readControlSequence(_ body: ArraySlice<Unicode.Scalar>, inputEnded: Bool) -> Reading {
        guard let first = body.first else { return inputEnded ? .complete(nil) : .incomplete }
        if first == "[" {
            guard let letter = body.dropFirst().first else { return inputEnded ? .complete(nil) : .incomplete }
            let index = Int(letter.value) - Int(("A" as Unicode.Scalar).value)
            return .complete((0..<5).contains(index) ? .function(index + 1) : nil)
        }
        var parameters = ""
        for scalar in body {
            switch scalar.value {
            case 0x30...0x3F:
                parameters.unicodeScalars.append(scalar)
            case 0x20...0x2F where scalar != "$":
                continue  // intermediate characters: no key of ours has any
            case 0x24, 0x40...0x7E:
                return .complete(controlSequenceKey(parameters: parameters, final: scalar))
            default:
                return .complete(nil)  // a control character inside: not a key
            }
        }
        return inputEnded ? .complete(nil) : .incomplete
    }

    /// The key of `Esc [ parameters final`; modifiers (`;5`) are read past, so Ctrl-← is ←.
    private static func controlSequenceKey(parameters: String, final: Unicode.Scalar) -> Key? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let number = numbers.first.flatMap { $0 }
        switch final {
        case "Z": return .backTab
        case "~", "$", "^", "@": return number.flatMap(tildeKey)
        default: return letterKey(final)
        }
    }

    /// The cursor keys and F1–F4, which both `Esc [` and `Esc O` end with a letter.
    private static func letterKey(_ final: Unicode.Scalar) -> Key? {
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "P", "Q", "R", "S":
            return .function(Int(final.value - ("P" as Unicode.Scalar).value) + 1)
        default:
            return nil
        }
    }

    /// The keys vt220 and xterm send as `Esc [ number ~`.
    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: return .home
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil  // Insert, F13 and above, paste markers out of place
        }
    }

    /// `Esc O …`: vt100's cursor and function keys, and the keypad in application mode.
    private static func readSingleShift(_ body: ArraySlice<Unicode.Scalar>, inputEnded: Bool) -> Reading {
        for scalar in body {
            if ("0"..."9").contains(scalar) || scalar == ";" { continue }  // modifiers, as in `Esc O 2 P`
            return .complete(singleShiftKey(scalar))
        }
        return inputEnded ? .complete(nil) : .incomplete
    }

    private static func singleShiftKey(_ final: Unicode.Scalar) -> Key? {
        if final == "M" { return .enter }
        return letterKey(final) ?? keypad[final].map(Key.character)
    }

    /// The keypad's `*` `+` `-` `.` `/` and digits in application mode (`Esc O j`…`Esc O y`).
    private static let keypad: [Unicode.Scalar: Character] = [
        "j": "*", "k": "+", "m": "-", "n": ".", "o": "/",
        "p": "0", "q": "1", "r": "2", "s": "3", "t": "4", "u": "5", "v": "6", "w": "7", "x": "8", "y": "9",
    ]
}
