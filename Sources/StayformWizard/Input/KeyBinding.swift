import StayformCore

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
    /// The catalog key of what the key does, for the list of keys.
    let actionKey: String
    /// The catalog key of what the key does in a word or two, for hints.
    let shortActionKey: String

    /// What the key does, for the list of keys: `final check: every finding; Enter jumps to it`.
    public func action(_ words: Words) -> String { words[actionKey] }
    /// What the key does in a word or two, for hints: `check`.
    public func shortAction(_ words: Words) -> String { words[shortActionKey] }

    /// The F-key's name: `F3`.
    public var functionKeyName: String { "F\(functionKey)" }
    /// The Ctrl key's name as terminals write it: `^K`.
    public var controlName: String { "^" + String(control).uppercased() }

    /// Every action with an F-key, in F-key order.
    public static let all: [KeyBinding] = [
        KeyBinding(functionKey: 1, control: "g", actionKey: "keys.help", shortActionKey: "keys.help.short"),
        KeyBinding(functionKey: 2, control: "f", actionKey: "keys.go-to", shortActionKey: "keys.go-to.short"),
        KeyBinding(functionKey: 3, control: "k", actionKey: "keys.final-check", shortActionKey: "keys.final-check.short"),
        KeyBinding(functionKey: 4, control: "s", actionKey: "keys.snapshot", shortActionKey: "keys.snapshot.short"),
        KeyBinding(functionKey: 5, control: "r", actionKey: "keys.review", shortActionKey: "keys.review.short"),
        KeyBinding(functionKey: 6, control: "b", actionKey: "keys.hide", shortActionKey: "keys.hide.short"),
        KeyBinding(functionKey: 8, control: "o", actionKey: "keys.language", shortActionKey: "keys.language.short"),
        KeyBinding(functionKey: 9, control: "t", actionKey: "keys.theme", shortActionKey: "keys.theme.short"),
        KeyBinding(functionKey: 10, control: "q", actionKey: "keys.quit", shortActionKey: "keys.quit.short"),
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
