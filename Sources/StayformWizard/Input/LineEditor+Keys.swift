import StayformCore

extension LineEditor {
    /// What an editing key did to a line editor.
    public enum KeyOutcome: Hashable, Sendable {
        /// The key is not an editing key: the caller decides what it does.
        case notEditing
        /// The text or the cursor changed (or the key changed nothing, such as ← at the start).
        case edited
        /// Text was typed or pasted that did not all fit: the rest was left out.
        case tooLong
    }

    /// Applies an editing key: the one place that says how a key edits text, for every text
    /// input of the wizard (fields, the go-to box, a list's search, a document's wording).
    ///
    /// Characters and pastes insert; Backspace and Delete delete by character as seen; ← → Home
    /// End move; Ctrl-A and Ctrl-E go to the start and end; Ctrl-U deletes to the start and
    /// Ctrl-W the word before the cursor.
    ///
    ///     var editor = LineEditor(text: "Anna Maria")
    ///     editor.apply(.control("w"))   // .edited; editor.text == "Anna "
    ///     editor.apply(.tab)            // .notEditing
    @discardableResult
    public mutating func apply(_ key: Key) -> KeyOutcome {
        switch key {
        case .character(let character): return insert(String(character)) ? .edited : .tooLong
        case .paste(let text): return insert(text) ? .edited : .tooLong
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .control("a"): moveToStart()
        case .end, .control("e"): moveToEnd()
        case .control("u"): deleteToStart()
        case .control("w"): deleteWordBackward()
        default: return .notEditing
        }
        return .edited
    }
}
