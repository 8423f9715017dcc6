import StayformCore
import StayformWizard

/// A screen drawn with a theme, as reviewable text: the screen's lines, then a style map with
/// one letter per cell (each letter a distinct look), then the legend of the letters.
///
/// Text snapshots show no colour; this one shows what each cell looks like, with colour or, for
/// `NO_COLOR`, with attributes only.
///
///     let snapshot = StyledSnapshot(Wizard.view(state), theme: theme, colour: false)
///     assertTextSnapshot(snapshot.text, named: "start-monochrome-no-colour")
///     // …
///     // --- styles
///     // bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
///     // aaaacccc
///     // --- legend
///     // a = fg default bg default (normal)
///     // b = fg blue bg bright-white bold reverse (title)
public struct StyledSnapshot: Sendable {
    /// The letters of the style map, in the order looks first appear (row by row).
    public static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// What the screen says, one string per row, trailing spaces trimmed.
    public let lines: [String]
    /// One letter per cell, row by row; blank cells in the look of `normal` at a row's end are left out.
    public let styleMap: [String]
    /// The distinct looks, in the order of their letters, each with the roles drawn in it.
    public let legend: [(look: StyledLook, roles: [StyleRole])]

    /// Renders `screen` with `theme`; `colour: false` keeps only the attributes, as with `NO_COLOR`.
    public init(_ screen: Screen, theme: Theme, colour: Bool) {
        let blank = StyledLook(.normal, in: theme, colour: colour)
        var looks: [StyledLook] = []
        var roles: [StyledLook: [StyleRole]] = [:]
        var map: [String] = []
        for row in 0..<screen.size.rows {
            var letters: [Character] = []
            var kept = 0
            for column in 0..<screen.size.columns {
                let cell = screen[row, column]
                let look = StyledLook(cell.style, in: theme, colour: colour)
                if roles[look] == nil { looks.append(look) }
                if roles[look, default: []].contains(cell.style) == false { roles[look, default: []].append(cell.style) }
                let index = looks.firstIndex(of: look) ?? 0
                letters.append(index < Self.letters.count ? Self.letters[index] : "?")
                if cell.character != " " || look != blank { kept = letters.count }
            }
            map.append(String(letters.prefix(kept)))
        }
        lines = screen.lines
        styleMap = map
        legend = looks.map { ($0, roles[$0] ?? []) }
    }

    /// The letter of the look `role` is drawn in on this screen; `nil` when no cell has the role.
    public func letter(of role: StyleRole) -> Character? {
        guard let index = legend.firstIndex(where: { $0.roles.contains(role) }) else { return nil }
        return index < Self.letters.count ? Self.letters[index] : "?"
    }

    /// The lines, `--- styles` and the map, `--- legend` and one `a = fg … bg … bold (roles)` per letter.
    public var text: String {
        let legendLines = legend.enumerated().map { index, entry in
            let letter = index < Self.letters.count ? Self.letters[index] : "?"
            return "\(letter) = \(entry.look) (\(entry.roles.map(\.rawValue).joined(separator: ", ")))"
        }
        return (lines + ["--- styles"] + styleMap + ["--- legend"] + legendLines).joined(separator: "\n") + "\n"
    }
}
