/// An action of the wizard that has an F-key, with the Ctrl key that does the same where
/// F-keys do not arrive (vt100, web SSH clients, screen-share tools, Windows consoles).
///
/// Alt plus the F-key's digit (Alt-1 … Alt-9, Alt-0 for F10) and Alt plus the Ctrl key's letter
/// work too. The hint bar, the list of keys (F1 on a page, `stayform keys`) and `Key.canonical`
/// all read this one table.
///
///     Key.control("k").canonical  // .function(3), the final check
///     Key.alt("3").canonical      // .function(3)
public struct KeyBinding: Hashable, Sendable {
    /// The F-key's number (F3 is 3).
    public let functionKey: Int
    /// The letter of the Ctrl alternative (`k` for Ctrl-K).
    public let control: Character
    /// What the key does, for the list of keys.
    public let action: String
    /// What the key does in a word or two, for hints.
    public let shortAction: String

    /// The F-key's name: `F3`.
    public var functionKeyName: String { "F\(functionKey)" }
    /// The Ctrl key's name as terminals write it: `^K`.
    public var controlName: String { "^" + String(control).uppercased() }

    /// Every action with an F-key, in F-key order.
    public static let all: [KeyBinding] = [
        KeyBinding(
            functionKey: 1, control: "g", action: "help for the field and this list of keys",
            shortAction: "help"),
        KeyBinding(
            functionKey: 2, control: "f", action: "go to a field by its code (2.3)",
            shortAction: "go"),
        KeyBinding(
            functionKey: 3, control: "k", action: "final check: every finding; Enter jumps to it",
            shortAction: "check"),
        KeyBinding(
            functionKey: 4, control: "s", action: "snapshot of the screen and findings for a helpdesk",
            shortAction: "snap"),
        KeyBinding(
            functionKey: 5, control: "r", action: "review every answer with the document that proves it",
            shortAction: "review"),
        KeyBinding(
            functionKey: 6, control: "b", action: "hide or show identity numbers on screen",
            shortAction: "hide"),
        KeyBinding(
            functionKey: 9, control: "t", action: "next theme",
            shortAction: "theme"),
        KeyBinding(
            functionKey: 10, control: "q", action: "save and quit",
            shortAction: "quit"),
    ]
}

extension Key {
    /// The key as the wizard's pages read it: a Ctrl or Alt alternative of an F-key becomes
    /// that F-key; any other key is itself.
    public var canonical: Key {
        switch self {
        case .control(let letter):
            return KeyBinding.all.first { $0.control == letter }.map { .function($0.functionKey) } ?? self
        case .alt(let character):
            if let digit = character.wholeNumberValue, character.isASCII {
                return .function(digit == 0 ? 10 : digit)
            }
            let letter = Character(character.lowercased())
            return KeyBinding.all.first { $0.control == letter }.map { .function($0.functionKey) } ?? self
        default:
            return self
        }
    }
}
