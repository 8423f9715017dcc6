import StayformCore

/// Every key of the wizard with what it does, as `stayform keys`, the help box (F1) and the
/// man page list them: moving, editing, then each F-key action with its Ctrl and Alt keys.
///
///     for entry in KeyList.entries(Language.english.words) { print(entry.keys, entry.action) }
///     // Tab, ↓, Enter   next field (across sections)
///     // …
///     // F3, ^K, Alt-3   final check: every finding; Enter jumps to it
public enum KeyList {
    /// One line of the list: the keys, and what they do.
    public struct Entry: Hashable, Sendable {
        public let keys: String
        public let action: String
    }

    /// The keys that move and edit, which have no F-key, in `words`' language.
    static func movingAndEditing(_ words: Words) -> [Entry] {
        [
            Entry(keys: "Tab, ↓, Enter", action: words["keys.next-field"]),
            Entry(keys: "Shift-Tab, ↑", action: words["keys.previous-field"]),
            Entry(keys: "PgDn, PgUp", action: words["keys.sections"]),
            Entry(keys: "←, →, Home, End", action: words["keys.move"]),
            Entry(keys: "Backspace, Delete", action: words["keys.delete"]),
            Entry(keys: "^A, ^E", action: words["keys.start-end"]),
            Entry(keys: "^U, ^W, Alt-Backspace", action: words["keys.delete-more"]),
            Entry(keys: words["keys.complete.keys"], action: words["keys.complete"]),
            Entry(keys: "Esc", action: words["keys.escape"]),
            Entry(keys: "^C", action: words["keys.interrupt"]),
        ]
    }

    /// The whole list, in `words`' language.
    public static func entries(_ words: Words) -> [Entry] {
        movingAndEditing(words) + KeyBinding.all.map { binding in
            let alt = "Alt-\(binding.functionKey % 10)"
            return Entry(
                keys: "\(binding.functionKeyName), \(binding.controlName), \(alt)", action: binding.action(words))
        }
    }

    /// The F-key actions in one line, by their Ctrl keys, for the help box.
    public static func summary(_ words: Words) -> String {
        words("keys.summary", [
            "keys": KeyBinding.all.map { "\($0.controlName) \($0.shortAction(words))" }.joined(separator: " · ")
        ])
    }

    /// The list as lines of text, keys in a column `width` wide.
    public static func lines(_ words: Words = Language.english.words, keyColumn width: Int = 24) -> [String] {
        entries(words).map { entry in
            let padding = String(repeating: " ", count: max(1, width - entry.keys.count))
            return entry.keys + padding + entry.action
        }
    }
}
