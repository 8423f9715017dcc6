/// A one-line text editor that works in graphemes, the way a person sees characters.
///
/// Backspace removes a whole grapheme (`e` + combining acute, a flag, a family emoji), the
/// cursor moves by grapheme, and `cursorColumn` accounts for double-width characters.
///
///     var editor = LineEditor(text: "山田")
///     editor.cursorColumn        // 4
///     editor.deleteBackward()
///     editor.text                // "山"
public struct LineEditor: Hashable, Sendable {
    /// The text being edited.
    public private(set) var text: String
    /// The cursor position, in graphemes from the start (0…`text.count`).
    public private(set) var cursor: Int
    /// The most graphemes the text may hold; `nil` for no limit.
    public let maxLength: Int?

    /// Creates an editor with the cursor at the end of `text`.
    public init(text: String = "", maxLength: Int? = nil) {
        let cleaned = LineEditor.cleaned(text)
        if let maxLength, cleaned.count > maxLength {
            self.text = String(cleaned.prefix(maxLength))
        } else {
            self.text = cleaned
        }
        self.cursor = self.text.count
        self.maxLength = maxLength
    }

    /// Inserts typed or pasted text at the cursor. Line breaks and tabs become spaces, other
    /// control characters are dropped, and text beyond `maxLength` is cut off.
    ///
    /// Returns `false` when something had to be cut off because of `maxLength`.
    @discardableResult
    public mutating func insert(_ typed: String) -> Bool {
        let addition = LineEditor.cleaned(typed)
        guard !addition.isEmpty else { return true }
        let split = text.index(text.startIndex, offsetBy: cursor)
        var head = String(text[..<split])
        let tail = text[split...]
        var fitted = true
        if let maxLength {
            let room = max(0, maxLength - text.count)
            if addition.count > room { fitted = false }
            head += addition.prefix(room)
        } else {
            head += addition
        }
        // Counting the head again handles a combining mark joining the grapheme before it.
        cursor = head.count
        text = head + tail
        return fitted
    }

    /// Removes the grapheme before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        let end = text.index(text.startIndex, offsetBy: cursor)
        let start = text.index(before: end)
        text.removeSubrange(start..<end)
        cursor -= 1
    }

    /// Removes the grapheme under the cursor.
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        let start = text.index(text.startIndex, offsetBy: cursor)
        text.remove(at: start)
    }

    /// Removes everything before the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        let split = text.index(text.startIndex, offsetBy: cursor)
        text.removeSubrange(..<split)
        cursor = 0
    }

    /// Removes the word before the cursor and the spaces after it (Ctrl-W).
    public mutating func deleteWordBackward() {
        var characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        text = String(characters)
        cursor = start
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = text.count }

    /// The terminal column of the cursor, counting from the start of the text.
    public var cursorColumn: Int {
        text.prefix(cursor).terminalColumns
    }

    /// The part of the text to show in a box `width` columns wide, scrolled so the cursor is
    /// visible, and the cursor's column inside that box.
    public func visibleWindow(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        if text.isPrintableASCII {
            // One byte, one character, one column: no grapheme breaking on the keystroke path.
            let start = max(0, cursor - (width - 1))
            let bytes = text.utf8
            let from = bytes.index(bytes.startIndex, offsetBy: start)
            let to = bytes.index(from, offsetBy: min(width, bytes.count - start))
            return (String(text[from..<to]), cursor - start)
        }
        let characters = Array(text)
        // Leave one column for the cursor after the last character.
        var start = 0
        var columnsBeforeCursor = characters[0..<cursor].reduce(0) { $0 + $1.terminalColumns }
        while columnsBeforeCursor > width - 1, start < cursor {
            columnsBeforeCursor -= characters[start].terminalColumns
            start += 1
        }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let columns = character.terminalColumns
            if used + columns > width { break }
            shown.append(character)
            used += columns
        }
        return (shown, columnsBeforeCursor)
    }

    /// Text as typed, with line breaks and tabs as spaces and other controls removed.
    static func cleaned(_ typed: String) -> String {
        var result = ""
        for character in typed {
            if character == "\n" || character == "\r\n" || character == "\r" || character == "\t" {
                result.append(" ")
            } else if character.unicodeScalars.contains(where: \.isTerminalUnsafe) {
                continue
            } else {
                result.append(character)
            }
        }
        return result
    }
}
