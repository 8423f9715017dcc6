import StayformWizard

/// The cells that differ between the screen shown and the next one: all of them when there is
/// no previous screen or its size differs.
struct ScreenDifference {
    /// Row and column of each cell to write, row by row.
    let changedCells: [ScreenPosition]

    init(from previous: Screen?, to next: Screen) {
        let columns = next.size.columns
        var changed: [ScreenPosition] = []
        let comparable = previous.flatMap { $0.size == next.size ? $0.cells : nil }
        // Cells are read in place from both grids: a key compares 3,000 of them, so no copies.
        next.cells.withUnsafeBufferPointer { cells in
            guard let comparable else {
                for index in cells.indices where !cells[index].isContinuation {
                    changed.append(ScreenPosition(row: index / columns, column: index % columns))
                }
                return
            }
            comparable.withUnsafeBufferPointer { shown in
                for index in cells.indices where !cells[index].isContinuation && cells[index] != shown[index] {
                    changed.append(ScreenPosition(row: index / columns, column: index % columns))
                }
            }
        }
        changedCells = changed
    }
}
