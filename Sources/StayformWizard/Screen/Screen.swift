import StayformCore

/// A rendered frame: a grid of cells and where the cursor is. The view draws into it and the
/// terminal layer turns the differences between two screens into output.
///
///     var screen = Screen(size: TerminalSize(columns: 10, rows: 1))
///     screen.put("山田", row: 0, column: 0, style: .input)
///     screen.lines  // ["山田"]
///
/// The grid holds plain values (a grapheme of one scalar is its scalar; a longer one is kept
/// once beside the grid), so that a key's screen is made, compared with the one shown and
/// released without touching a string per cell.
public struct Screen: Sendable {
    public let size: TerminalSize
    /// The cells, row by row.
    private var slots: [Slot]
    /// The graphemes of more than one scalar that slots name, by index.
    private var clusters: [Character] = []
    /// Where the cursor shows, or `nil` to hide it.
    public var cursor: ScreenPosition?
    /// What every text drawn is passed through first, so that no hidden value reaches a cell.
    public let mask: PrivacyMask

    /// A blank screen of `size`, drawing text through `mask`.
    public init(size: TerminalSize, mask: PrivacyMask = .none) {
        self.size = size
        self.slots = Array(repeating: .blank, count: max(0, size.columns) * max(0, size.rows))
        self.cursor = nil
        self.mask = mask
    }

    public subscript(row: Int, column: Int) -> Cell {
        cell(at: row * size.columns + column)
    }

    /// The cell at `index`, row by row.
    private func cell(at index: Int) -> Cell {
        let slot = slots[index]
        return Cell(character: character(of: slot), style: slot.style, isContinuation: slot.isContinuation)
    }

    private func character(of slot: Slot) -> Character {
        if let cluster = slot.cluster { return clusters[cluster] }
        return Unicode.Scalar(slot.scalar).map(Character.init) ?? " "
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
                place(Slot(scalar: UInt32(byte), style: style), width: 1, row: row, column: x)
                x += 1
            }
            return x - column
        }
        // Text whose every scalar is a safe grapheme of its own (accented Latin, punctuation,
        // arrows, box drawing, marks like ✓ ✗): no grapheme breaking is needed either.
        if shown.unicodeScalars.allSatisfy(\.standsAlone) {
            for scalar in shown.unicodeScalars {
                // Below U+1100 nothing is wide (as `Character.terminalColumns` says first).
                let width = scalar.value < 0x1100 ? 1 : Character(scalar).terminalColumns
                if x + width > end { break }
                place(Slot(scalar: scalar.value, style: style), width: width, row: row, column: x)
                x += width
            }
            return x - column
        }
        for original in shown {
            let character = original.terminalSafe
            let width = character.terminalColumns
            guard width > 0 else { continue }
            if x + width > end { break }
            place(slot(for: character, style: style), width: width, row: row, column: x)
            x += width
        }
        return x - column
    }

    /// The slot showing `character`: its scalar, or a new cluster when it has more than one.
    private mutating func slot(for character: Character, style: StyleRole) -> Slot {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return Slot(scalar: first.value, style: style)
        }
        clusters.append(character)
        return Slot(cluster: clusters.count - 1, style: style)
    }

    /// Puts `slot`, a safe grapheme of `width` columns, at (`row`, `column`), which has room for it.
    private mutating func place(_ slot: Slot, width: Int, row: Int, column: Int) {
        clearWideCharacter(row: row, column: column)
        slots[row * size.columns + column] = slot
        if width == 2 {
            clearWideCharacter(row: row, column: column + 1)
            slots[row * size.columns + column + 1] = Slot(scalar: 0x20, style: slot.style, isContinuation: true)
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
        let blank = Slot(scalar: 0x20, style: style)
        for x in start..<end { slots[row * size.columns + x] = blank }
    }

    /// Copies `block`'s cells onto this screen with its top-left corner at (`row`, `column`),
    /// leaving out what falls outside: a part of the view kept from an earlier frame costs a
    /// copy. The block's cursor and mask are not copied (it is drawn with this screen's mask).
    ///
    ///     var sidebar = Screen(size: TerminalSize(columns: 3, rows: 1))
    ///     sidebar.put("✓ a", row: 0, column: 0, style: .sidebar)
    ///     screen.paste(sidebar, row: 1, column: 0)
    public mutating func paste(_ block: Screen, row: Int, column: Int) {
        let start = max(0, column)
        let end = min(size.columns, column + block.size.columns)
        guard start < end else { return }
        for blockRow in 0..<block.size.rows {
            let target = row + blockRow
            guard target >= 0, target < size.rows else { continue }
            clearWideCharacter(row: target, column: start)
            if end < size.columns { clearWideCharacter(row: target, column: end) }
            let source = blockRow * block.size.columns + start - column
            // A whole row of plain slots, the usual case, is one copy.
            if block.clusters.isEmpty, start == column, end - start == block.size.columns {
                let destination = target * size.columns + start
                slots.replaceSubrange(destination..<destination + block.size.columns, with: block.slots[source..<source + block.size.columns])
                continue
            }
            for x in start..<end {
                var slot = block.slots[blockRow * block.size.columns + x - column]
                if let cluster = slot.cluster {
                    clusters.append(block.clusters[cluster])
                    slot = Slot(cluster: clusters.count - 1, style: slot.style)
                }
                // A wide grapheme cut off by the edge is not drawn.
                if x == end - 1, x + 1 < column + block.size.columns,
                    block.slots[blockRow * block.size.columns + x - column + 1].isContinuation
                {
                    slot = Slot(scalar: 0x20, style: slot.style)
                }
                slots[target * size.columns + x] = slot
            }
        }
    }

    /// The text of each row, trailing spaces trimmed: what a person sees, for snapshots.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns {
                let slot = slots[row * size.columns + column]
                if !slot.isContinuation { line.append(character(of: slot)) }
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
        if slots[index].isContinuation, column > 0 {
            slots[index - 1] = Slot(scalar: 0x20, style: slots[index - 1].style)
        } else if column + 1 < size.columns, slots[index + 1].isContinuation {
            slots[index + 1] = Slot(scalar: 0x20, style: slots[index + 1].style)
        }
    }
}

extension Screen {
    /// The positions whose cells differ from `previous`'s, row by row: every position when
    /// there is no previous screen or its size differs. The right halves of wide graphemes
    /// are not listed (drawing the grapheme draws them).
    ///
    ///     var next = Screen(size: TerminalSize(columns: 4, rows: 1))
    ///     next.put("ab", row: 0, column: 1, style: .normal)
    ///     next.positionsChanged(since: Screen(size: next.size))
    ///     // [ScreenPosition(row: 0, column: 1), ScreenPosition(row: 0, column: 2)]
    public func positionsChanged(since previous: Screen?) -> [ScreenPosition] {
        let columns = size.columns
        var changed: [ScreenPosition] = []
        guard let previous, previous.size == size else {
            for index in slots.indices where !slots[index].isContinuation {
                changed.append(ScreenPosition(row: index / columns, column: index % columns))
            }
            return changed
        }
        for index in slots.indices where !slots[index].isContinuation && !showsSame(at: index, as: previous) {
            changed.append(ScreenPosition(row: index / columns, column: index % columns))
        }
        return changed
    }
}

extension Screen {
    /// Whether the cell at `index` shows what `other`'s does, for a screen of the same size: a
    /// machine word compared for most cells; graphemes of several scalars are compared as
    /// characters (they may equal another spelling of themselves).
    private func showsSame(at index: Int, as other: Screen) -> Bool {
        let (mine, theirs) = (slots[index], other.slots[index])
        if mine.cluster == nil, theirs.cluster == nil { return mine == theirs }
        return mine.style == theirs.style && mine.isContinuation == theirs.isContinuation
            && character(of: mine) == other.character(of: theirs)
    }
}

extension Screen: Hashable {
    /// Screens are equal when they show the same: size, cells, cursor and mask.
    public static func == (left: Screen, right: Screen) -> Bool {
        left.size == right.size && left.cursor == right.cursor && left.mask == right.mask
            && left.slots.indices.allSatisfy { left.showsSame(at: $0, as: right) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cursor)
        hasher.combine(mask)
        for index in slots.indices { hasher.combine(cell(at: index)) }
    }
}

extension Screen {
    /// One cell as the grid keeps it: a plain value, so that grids are made, compared and
    /// released without reference counting.
    private struct Slot: Hashable, Sendable {
        /// The grapheme's only scalar, or `Slot.clusterBase` plus the index of its cluster.
        var scalar: UInt32
        var style: StyleRole
        var isContinuation = false

        /// Values from here on name a cluster: they are past every Unicode scalar.
        static let clusterBase: UInt32 = 0x11_0000

        static let blank = Slot(scalar: 0x20, style: .normal)

        init(scalar: UInt32, style: StyleRole, isContinuation: Bool = false) {
            self.scalar = scalar
            self.style = style
            self.isContinuation = isContinuation
        }

        init(cluster: Int, style: StyleRole) {
            self.init(scalar: Slot.clusterBase + UInt32(cluster), style: style)
        }

        /// The index of the cluster this slot shows, if it shows one.
        var cluster: Int? { scalar >= Slot.clusterBase ? Int(scalar - Slot.clusterBase) : nil }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a grapheme of its own whatever comes before or after it (nothing
    /// combines with it, it combines with nothing) and safe for a terminal as it is: printable
    /// ASCII, Latin-1 and Latin Extended, general punctuation, and the letter-like symbols,
    /// arrows, box drawing, shapes and dingbats (U+2100–U+2BFF).
    ///
    ///     ("é" as Unicode.Scalar).standsAlone         // true
    ///     ("\u{301}" as Unicode.Scalar).standsAlone   // false: a combining mark
    var standsAlone: Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x2BFF: true
        default: false
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
