import StayformCore
import StayformWizard
import Testing
import TestSupport

/// The styled snapshot's format: letters by first appearance, trimmed rows, a legend of looks.
@Suite struct StyledSnapshotTests {
    static let theme = Theme(name: "test", styles: [
        .normal: TextStyle(),
        .title: TextStyle(foreground: .ansi(4), background: .ansi(15), bold: true, reverse: true),
        .warning: TextStyle(foreground: .palette(214), bold: true, underline: true),
        .note: TextStyle(foreground: .ansi(6)),
    ])

    /// A 12×3 screen: a title bar, a warning after plain text, a note, and blank cells at the ends.
    static var screen: Screen {
        var screen = Screen(size: TerminalSize(columns: 12, rows: 3))
        screen.fill(row: 0, style: .title)
        screen.put("Title", row: 0, column: 1, style: .title)
        screen.put("ok", row: 1, column: 0, style: .normal)
        screen.put("! late", row: 1, column: 3, style: .warning)
        screen.put("i", row: 2, column: 0, style: .note)
        return screen
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let colour: Bool
        let styleMap: [String]
        let legend: [String]
        var testDescription: String { colour ? "colour" : "NO_COLOR" }
    }

    static let cases = [
        Case(colour: true, styleMap: ["aaaaaaaaaaaa", "bbbcccccc", "d"], legend: [
            "a = fg blue bg bright-white bold reverse (title)",
            "b = fg default bg default (normal)",
            "c = fg 214 bg default bold underline (warning)",
            "d = fg cyan bg default (note)",
        ]),
        // Without colour the note is plain text: it shares normal's letter, and blanks after it trim.
        Case(colour: false, styleMap: ["aaaaaaaaaaaa", "bbbcccccc", "b"], legend: [
            "a = fg default bg default bold reverse (title)",
            "b = fg default bg default (normal, note)",
            "c = fg default bg default bold underline (warning)",
        ]),
    ]

    @Test(arguments: cases)
    func rendersLinesStyleMapAndLegend(_ expected: Case) {
        let snapshot = StyledSnapshot(Self.screen, theme: Self.theme, colour: expected.colour)
        #expect(snapshot.lines == [" Title", "ok ! late", "i"])
        #expect(snapshot.styleMap == expected.styleMap)
        let text = snapshot.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text == snapshot.lines + ["--- styles"] + expected.styleMap + ["--- legend"] + expected.legend + [""])
    }

    @Test func lettersNameTheLookOfARole() {
        let snapshot = StyledSnapshot(Self.screen, theme: Self.theme, colour: false)
        #expect(snapshot.letter(of: .note) == snapshot.letter(of: .normal))
        #expect(snapshot.letter(of: .warning) == "c")
        #expect(snapshot.letter(of: .blocking) == nil)
    }
}
