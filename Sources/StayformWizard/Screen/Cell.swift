import StayformCore

/// One position of the screen grid: a grapheme and the role that decides how it is drawn.
///
/// A double-width grapheme occupies its cell and the next one; the next one is a
/// continuation cell that draws nothing of its own.
public struct Cell: Hashable, Sendable {
    /// What is drawn here; always terminal-safe (no control or escape characters).
    public var character: Character
    public var style: StyleRole
    /// Whether this cell is the right half of a double-width grapheme.
    public var isContinuation: Bool

    public init(character: Character = " ", style: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell of the normal style.
    public static let blank = Cell()
}
