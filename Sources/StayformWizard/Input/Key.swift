/// A key press as the wizard understands it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    /// A printable character typed by the user.
    case character(Character)
    /// Text pasted at once (bracketed paste).
    case paste(String)
    /// Ctrl plus a letter, given as the lowercase letter (`.control("q")` is Ctrl-Q).
    case control(Character)
    /// F1…F12.
    case function(Int)
    case enter, tab, backTab, escape, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
}

extension Key {
    /// Whether the key changes the text of a field (rather than moving or quitting).
    public var editsText: Bool {
        switch self {
        case .character, .paste, .backspace, .delete, .control("u"), .control("w"): return true
        default: return false
        }
    }
}
