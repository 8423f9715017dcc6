import StayformCore

/// A rendered frame: a grid of cells and where the cursor is. The view draws into it and the
/// terminal layer turns the differences between two screens into output.
///
///     var screen = Screen(size: TerminalSize(columns: 10, rows: 1))
///     screen.put("山田", row: 0, column: 0, style: .input)
///     screen.lines  // ["山田"]
public struct Screen: Hashable, Sendable {
    public let size: TerminalSize
    /// The cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the cursor shows, or `nil` to hide it.
    public var cursor: ScreenPosition?
    /// What every text drawn is passed through first, so that no hidden value reaches a cell.
    public let mask: PrivacyMask

    /// A blank screen of `size`, drawing text through `mask`.
    public init(size: TerminalSize, mask: PrivacyMask = .none) {
        self.size = size
        self.cells = Array(repeating: .blank, count: max(0, size.columns) * max(0, size.rows))
        self.cursor = nil
        self.mask = mask
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// Draws `text` from (`row`, `column`), never past `limit` columns (default: the row's end),
    /// and returns the number of columns used. Values the mask hides become its placeholder;
    /// unsafe characters become visible placeholders; a double-width grapheme that would not
    /// fit whole is not drawn.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, row: Int, column: Int, style: StyleRole, limit: Int? = nil
    ) -> Int {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return 0 }
        let end = min(size.columns, column + (limit ?? size.columns))
        let shown = mask.hide(String(text))
        var x = column
        // Printable ASCII, most text: a byte is a safe one-column grapheme.
        if shown.isPrintableASCII {
            for byte in shown.utf8 {
                if x + 1 > end { break }
                place(Character(Unicode.Scalar(byte)), width: 1, row: row, column: x, style: style)
                x += 1
            }
            return x - column
        }
        for original in shown {
            let character = original.terminalSafe
            let width = character.terminalColumns
            guard width > 0 else { continue }
            if x + width > end { break }
            place(character, width: width, row: row, column: x, style: style)
            x += width
        }
        return x - column
    }

    /// Puts a safe `character` of `width` columns at (`row`, `column`), which has room for it.
    private mutating func place(_ character: Character, width: Int, row: Int, column: Int, style: StyleRole) {
        clearWideCharacter(row: row, column: column)
        cells[row * size.columns + column] = Cell(character: character, style: style)
        if width == 2 {
            clearWideCharacter(row: row, column: column + 1)
            cells[row * size.columns + column + 1] = Cell(character: " ", style: style, isContinuation: true)
        }
    }

    /// Paints `count` cells of `row` from `column` as blanks of `style`.
    public mutating func fill(row: Int, column: Int = 0, count: Int? = nil, style: StyleRole) {
        guard row >= 0, row < size.rows else { return }
        let start = max(0, column)
        let end = min(size.columns, start + (count ?? size.columns))
        guard start < end else { return }
        clearWideCharacter(row: row, column: start)
        if end < size.columns { clearWideCharacter(row: row, column: end) }
        for x in start..<end { cells[row * size.columns + x] = Cell(character: " ", style: style) }
    }

    /// The text of each row, trailing spaces trimmed: what a person sees, for snapshots.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns {
                let cell = self[row, column]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Keeps the grid consistent when a cell that is half of a wide grapheme is overwritten:
    /// its other half becomes a blank.
    private mutating func clearWideCharacter(row: Int, column: Int) {
        guard column >= 0, column < size.columns else { return }
        let index = row * size.columns + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1] = Cell(character: " ", style: cells[index - 1].style)
        } else if column + 1 < size.columns, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
        }
    }
}

/// A row and column on the screen, from 0.
public struct ScreenPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
