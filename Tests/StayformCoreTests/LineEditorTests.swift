import PropertyBased
import StayformCore
import Testing

@Suite struct LineEditorTests {
    @Test func typingAppendsAtTheCursor() {
        var editor = LineEditor()
        editor.insert("Müller")
        editor.moveLeft()
        editor.moveLeft()
        editor.insert("X")
        #expect(editor.text == "MüllXer")
        #expect(editor.cursor == 5)
    }

    @Test("Backspace removes one whole grapheme", arguments: [
        ("Nguye\u{302}\u{303}n", "Nguyê\u{303}".count, "Nguyn"),  // e + two combining marks
        ("ab🇮🇩", 3, "ab"),  // flag: two regional indicators
        ("a👨‍👩‍👧", 2, "a"),  // family: ZWJ sequence
        ("山田", 2, "山"),
    ])
    func backspaceRemovesGrapheme(text: String, cursor: Int, expected: String) {
        var editor = LineEditor(text: text)
        while editor.cursor > cursor { editor.moveLeft() }
        editor.deleteBackward()
        #expect(editor.text == expected)
        #expect(editor.cursor == cursor - 1)
    }

    @Test func deleteRemovesTheGraphemeUnderTheCursor() {
        var editor = LineEditor(text: "e\u{301}x")
        editor.moveToStart()
        editor.deleteForward()
        #expect(editor.text == "x")
        #expect(editor.cursor == 0)
    }

    @Test func aTypedCombiningMarkJoinsThePreviousCharacter() {
        var editor = LineEditor(text: "Nguye")
        editor.insert("\u{302}")
        #expect(editor.text.count == 5)
        #expect(editor.cursor == 5)
        editor.deleteBackward()
        #expect(editor.text == "Nguy")
    }

    @Test("Cursor column counts double-width characters", arguments: [
        ("Müller", 6), ("山田", 4), ("Müller Nguyễn 山田", 18), ("e\u{301}", 1), ("🇮🇩", 2), ("👍", 2),
    ])
    func cursorColumn(text: String, columns: Int) {
        #expect(LineEditor(text: text).cursorColumn == columns)
    }

    @Test func homeEndLeftRightMoveByGrapheme() {
        var editor = LineEditor(text: "a山🇮🇩")
        editor.moveToStart()
        #expect(editor.cursorColumn == 0)
        editor.moveRight()
        editor.moveRight()
        #expect(editor.cursorColumn == 3)
        editor.moveRight()
        editor.moveRight()
        #expect(editor.cursor == 3)
        editor.moveLeft()
        #expect(editor.cursorColumn == 3)
        editor.moveToEnd()
        #expect(editor.cursorColumn == 5)
    }

    @Test func controlCharactersNeverEnterTheText() {
        var editor = LineEditor()
        editor.insert("A\u{1B}[31mB\tC\nD\u{7}")
        #expect(editor.text == "A[31mB C D")
    }

    @Test func maxLengthCutsOffAndSaysSo() {
        var editor = LineEditor(text: "", maxLength: 3)
        let fittedFirst = editor.insert("ab")
        let fittedSecond = editor.insert("cde")
        #expect(fittedFirst)
        #expect(!fittedSecond)
        #expect(editor.text == "abc")
    }

    @Test func wordAndLineDeletion() {
        var editor = LineEditor(text: "Hans Peter  Müller")
        editor.deleteWordBackward()
        #expect(editor.text == "Hans Peter  ")
        editor.deleteWordBackward()
        #expect(editor.text == "Hans ")
        editor.deleteToStart()
        #expect(editor.text.isEmpty)
    }

    @Test func visibleWindowScrollsToKeepTheCursorInView() {
        let editor = LineEditor(text: "abcdefghij")
        let window = editor.visibleWindow(width: 5)
        #expect(window.text == "ghij")
        #expect(window.cursorColumn == 4)
        var atStart = editor
        atStart.moveToStart()
        #expect(atStart.visibleWindow(width: 5) == ("abcde", 0))
    }

    /// Printable ASCII takes a byte path; it shows what the grapheme path shows for the same
    /// text with one-column letters that are not ASCII (`a` written `á`).
    @Test func anASCIIWindowIsTheWindowOfTheSameTextInAnyOneColumnLetters() async {
        let text = Gen.element(of: Array("ab c-")).map { $0! }.array(of: 0...60).map { String($0) + "a" }
        await propertyCheck(count: 300, input: text, Gen.int(in: 0...61), Gen.int(in: 1...30)) { text, moveLefts, width in
            var ascii = LineEditor(text: text)
            var accented = LineEditor(text: text.replacingOccurrences(of: "a", with: "á"))
            for _ in 0..<moveLefts {
                ascii.moveLeft()
                accented.moveLeft()
            }
            let fast = ascii.visibleWindow(width: width)
            let general = accented.visibleWindow(width: width)
            #expect(fast.text.replacingOccurrences(of: "a", with: "á") == general.text && fast.cursorColumn == general.cursorColumn,
                "\(text) cursor \(ascii.cursor) width \(width)")
        }
    }

    @Test func visibleWindowNeverSplitsAWideCharacter() {
        var editor = LineEditor(text: "山田太郎")
        editor.moveToStart()
        let window = editor.visibleWindow(width: 5)
        #expect(window.text == "山田")
        #expect(window.text.terminalColumns <= 5)
    }
}
