/// A key press as the wizard understands it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    /// A printable character typed by the user.
    case character(Character)
    /// Text pasted at once (bracketed paste).
    case paste(String)
    /// Ctrl plus a letter, given as the lowercase letter (`.control("q")` is Ctrl-Q).
    case control(Character)
    /// Alt (or Meta, or Esc pressed together) plus a character: `.alt("1")`.
    case alt(Character)
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

extension Key {
    /// The row a list's highlight moves to for this key (↑↓, Tab, PgUp/PgDn), kept inside
    /// `count` rows; `nil` when the key does not move a highlight.
    public func movingSelection(_ selected: Int, count: Int) -> Int? {
        let last = max(0, count - 1)
        switch self {
        case .up, .backTab: return max(0, selected - 1)
        case .down, .tab: return min(last, selected + 1)
        case .pageUp: return max(0, selected - 10)
        case .pageDown: return min(last, selected + 10)
        default: return nil
        }
    }
}
