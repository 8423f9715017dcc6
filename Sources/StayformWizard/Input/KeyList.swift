/// Every key of the wizard with what it does, as `stayform keys`, the help box (F1) and the
/// man page list them: moving, editing, then each F-key action with its Ctrl and Alt keys.
///
///     for entry in KeyList.entries { print(entry.keys, entry.action) }
///     // Tab, ↓, Enter   next field (across sections)
///     // …
///     // F3, ^K, Alt-3   final check: every finding; Enter jumps to it
public enum KeyList {
    /// One line of the list: the keys, and what they do.
    public struct Entry: Hashable, Sendable {
        public let keys: String
        public let action: String
    }

    /// The keys that move and edit, which have no F-key.
    static let movingAndEditing: [Entry] = [
        Entry(keys: "Tab, ↓, Enter", action: "next field (across sections)"),
        Entry(keys: "Shift-Tab, ↑", action: "previous field"),
        Entry(keys: "PgDn, PgUp", action: "next, previous section"),
        Entry(keys: "←, →, Home, End", action: "move by character as you see it"),
        Entry(keys: "Backspace, Delete", action: "delete the character before, under the cursor"),
        Entry(keys: "^A, ^E", action: "start, end of the field"),
        Entry(keys: "^U, ^W, Alt-Backspace", action: "delete to the start of the field, the word before the cursor"),
        Entry(keys: "Tab (in a file's path)", action: "complete the path"),
        Entry(keys: "Esc", action: "undo your edits to the field (Esc again brings them back); close a list or box"),
        Entry(keys: "^C", action: "save and quit with status 130"),
    ]

    /// The whole list.
    public static var entries: [Entry] {
        movingAndEditing + KeyBinding.all.map { binding in
            let alt = "Alt-\(binding.functionKey % 10)"
            return Entry(keys: "\(binding.functionKeyName), \(binding.controlName), \(alt)", action: binding.action)
        }
    }

    /// The F-key actions in one line, by their Ctrl keys, for the help box.
    public static var summary: String {
        "Keys: " + KeyBinding.all.map { "\($0.controlName) \($0.shortAction)" }.joined(separator: " · ")
            + " (or F1–F10, Alt-1–Alt-0); `stayform keys` lists them all"
    }

    /// The list as lines of text, keys in a column `width` wide.
    public static func lines(keyColumn width: Int = 24) -> [String] {
        entries.map { entry in
            let padding = String(repeating: " ", count: max(1, width - entry.keys.count))
            return entry.keys + padding + entry.action
        }
    }
}
