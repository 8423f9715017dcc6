import PropertyBased
import StayformWizard
import Testing

/// Key sequences that ncurses passes on undecoded are read as one key, or dropped whole: never
/// typed into an answer.
@Suite struct EscapeSequenceTests {
    /// Reads `sequence` (without its Esc) as a terminal delivers it: one character at a time,
    /// then the end of the waiting input.
    static func key(_ sequence: String) -> Key? {
        var scalars: [Unicode.Scalar] = []
        for scalar in sequence.unicodeScalars {
            scalars.append(scalar)
            switch EscapeSequence.read(scalars, inputEnded: false) {
            case .incomplete: continue
            case .complete(let key), .completeBeforeLast(let key): return key
            }
        }
        guard case .complete(let key) = EscapeSequence.read(scalars, inputEnded: true) else {
            Issue.record("an ended input must decide the sequence")
            return nil
        }
        return key
    }

    @Test(arguments: [
        // xterm, tmux, screen
        ("[11~", Key.function(1)), ("OP", .function(1)), ("OQ", .function(2)), ("OR", .function(3)), ("OS", .function(4)),
        ("[15~", .function(5)), ("[17~", .function(6)), ("[18~", .function(7)), ("[19~", .function(8)),
        ("[20~", .function(9)), ("[21~", .function(10)), ("[23~", .function(11)), ("[24~", .function(12)),
        ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left), ("[H", .home), ("[F", .end), ("[Z", .backTab),
        ("[1~", .home), ("[4~", .end), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        // with modifiers: Shift-F5, Ctrl-←, Alt-F1 (xterm)
        ("[15;2~", .function(5)), ("[1;5D", .left), ("[1;3P", .function(1)),
        // vt100 / vt220 in application mode
        ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left), ("OM", .enter), ("OH", .home), ("OF", .end),
        ("Oq", .character("1")), ("Oy", .character("9")), ("On", .character(".")),
        // rxvt
        ("[7~", .home), ("[8~", .end), ("[15$", .function(5)), ("[15^", .function(5)),
        // the Linux console
        ("[[A", .function(1)), ("[[B", .function(2)), ("[[E", .function(5)),
        // Alt with a character, Alt-Backspace
        ("g", .alt("g")), ("3", .alt("3")), ("é", .alt("é")), ("\u{7F}", .control("w")),
    ])
    func readsTheKeysTerminalsSend(sequence: String, expected: Key) {
        #expect(Self.key(sequence) == expected, "Esc \(sequence.debugDescription)")
    }

    @Test(arguments: ["[2~", "[200~", "[201~", "[99~", "[I", "[O", "[[Z", "[1;5", "[", "O", "[?25h", "\u{01}", "\u{9B}"])
    func dropsSequencesThatAreNoKeyOfOurs(sequence: String) {
        let key = Self.key(sequence)
        #expect(key == nil || key == .alt("O"), "Esc \(sequence.debugDescription) gave \(String(describing: key))")
    }

    @Test func aLoneEscIsEscapeAndAStartedSequenceWaits() {
        #expect(EscapeSequence.read([], inputEnded: true) == .complete(.escape))
        #expect(EscapeSequence.read([], inputEnded: false) == .incomplete)
        #expect(EscapeSequence.read(Array("[1".unicodeScalars), inputEnded: false) == .incomplete)
        #expect(EscapeSequence.read(Array("[1".unicodeScalars), inputEnded: true) == .complete(nil))
        #expect(EscapeSequence.read(Array("O".unicodeScalars), inputEnded: true) == .complete(.alt("O")))
    }

    @Test func anEscThatStartsTheNextSequenceIsLeftForIt() {
        // Esc pressed, then F5 at once: Esc, then `Esc [15~` read whole.
        #expect(EscapeSequence.read(["\u{1B}"], inputEnded: false) == .completeBeforeLast(.escape))
        #expect(EscapeSequence.read(Array("[1\u{1B}".unicodeScalars), inputEnded: false) == .completeBeforeLast(nil))
        #expect(EscapeSequence.read(Array("O\u{1B}".unicodeScalars), inputEnded: false) == .completeBeforeLast(.alt("O")))
    }

    @Test func anOverlongSequenceIsDropped() {
        let long = Array(("[" + String(repeating: "1", count: 40)).unicodeScalars)
        #expect(EscapeSequence.read(long, inputEnded: false) == .complete(nil))
    }

    /// Whatever follows an Esc, the decoder decides within its length limit and never types
    /// text, except the keypad's digits and signs.
    @Test func noSequenceEverTypesText() async {
        let alphabet = Array("[O;0123456789~$^@ABCDEFHPQRSZjmnpqy\u{1B}\u{7F}abc?".unicodeScalars)
        await propertyCheck(count: 2000, input: Gen.int(in: 0..<alphabet.count).array(of: 1...12)) { indices in
            let scalars = indices.map { alphabet[$0] }
            var read: [Unicode.Scalar] = []
            var decided: EscapeSequence.Reading = .incomplete
            for scalar in scalars {
                read.append(scalar)
                decided = EscapeSequence.read(read, inputEnded: false)
                if decided != .incomplete { break }
            }
            if decided == .incomplete { decided = EscapeSequence.read(read, inputEnded: true) }
            #expect(decided != .incomplete)
            #expect(read.count <= EscapeSequence.maximumLength + 1)
            let key: Key?
            switch decided {
            case .incomplete: key = nil
            case .complete(let decidedKey), .completeBeforeLast(let decidedKey): key = decidedKey
            }
            if case .paste? = key { Issue.record("a sequence pasted text") }
            if case .character(let typed)? = key {
                let keypadText = read.first == "O" && "*+-./0123456789".contains(typed)
                #expect(keypadText, "Esc \(String(String.UnicodeScalarView(read)).debugDescription) typed \(typed)")
            }
        }
    }
}

/// Every F-key action has a Ctrl and an Alt alternative that does the same.
@Suite struct KeyAlternativeTests {
    @Test func everyFunctionKeyActionHasDistinctAlternatives() {
        let letters = KeyBinding.all.map(\.control)
        #expect(Set(letters).count == letters.count)
        for binding in KeyBinding.all {
            #expect(Key.control(binding.control).canonical == .function(binding.functionKey))
            #expect(Key.alt(binding.control).canonical == .function(binding.functionKey))
            #expect(!Key.control(binding.control).editsText, "\(binding.controlName) edits text")
            let digit = binding.functionKey % 10
            #expect(Key.alt(Character(String(digit))).canonical == .function(binding.functionKey))
        }
        // Editing keys stay editing keys.
        for letter in ["a", "e", "u", "w"] as [Character] {
            #expect(Key.control(letter).canonical == .control(letter))
        }
    }
}
