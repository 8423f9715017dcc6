import StayformWizard

/// The cells that differ between the screen shown and the next one: all of them when there is
/// no previous screen or its size differs.
struct ScreenDifference {
    /// Row and column of each cell to write, row by row.
    let changedCells: [ScreenPosition]

    init(from previous: Screen?, to next: Screen) {
        let size = next.size
        var changed: [ScreenPosition] = []
        let compare = previous.map { $0.size == size } ?? false
        for row in 0..<size.rows {
            for column in 0..<size.columns {
                let cell = next[row, column]
                if cell.isContinuation { continue }
                if compare, let previous, previous[row, column] == cell { continue }
                changed.append(ScreenPosition(row: row, column: column))
            }
        }
        changedCells = changed
    }
}
