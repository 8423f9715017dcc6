import CNcursesw
import StayformWizard

/// Translates what `wget_wch` returns into wizard keys.
enum NcursesKeyMap {
    /// A character read in raw mode: control bytes become keys, the rest is text.
    static func key(character: UInt32) -> Key? {
        switch character {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A:
            return .control(Character(Unicode.Scalar(character + 0x60)!))
        case 0x00...0x1F, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(character) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key code (`KEY_UP`, `KEY_F(10)`…).
    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case cnw_key_f(1)...cnw_key_f(12): return .function(Int(code - cnw_key_f(0)))
        default: return nil
        }
    }
}
