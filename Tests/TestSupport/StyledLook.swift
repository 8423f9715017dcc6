import StayformCore

/// How a role really looks on a terminal: its theme style, or only its attributes when there is
/// no colour (`NO_COLOR`, a monochrome terminal).
///
///     let look = StyledLook(theme.style(for: .warning), colour: false)
///     look.description   // "fg default bg default bold underline"
public struct StyledLook: Hashable, Sendable, CustomStringConvertible {
    public let style: TextStyle

    /// The look of `style`; without `colour` both colours are the terminal's default.
    public init(_ style: TextStyle, colour: Bool) {
        var shown = style
        if !colour {
            shown.foreground = .terminalDefault
            shown.background = .terminalDefault
        }
        self.style = shown
    }

    /// The look of `role` in `theme`.
    public init(_ role: StyleRole, in theme: Theme, colour: Bool) {
        self.init(theme.style(for: role), colour: colour)
    }

    /// The attributes alone, which are all a terminal without colour shows.
    public var attributes: [String] {
        [("bold", style.bold), ("dim", style.dim), ("underline", style.underline), ("reverse", style.reverse)]
            .filter(\.1).map(\.0)
    }

    /// `fg bright-white bg blue bold`: the colours by their theme names, then the attributes.
    public var description: String {
        (["fg", Self.name(of: style.foreground), "bg", Self.name(of: style.background)] + attributes)
            .joined(separator: " ")
    }

    private static func name(of colour: ThemeColor) -> String {
        switch colour {
        case .terminalDefault: return "default"
        case .ansi(let index) where ThemeColor.ansiNames.indices.contains(index): return ThemeColor.ansiNames[index]
        case .ansi(let index), .palette(let index): return String(index)
        }
    }
}
