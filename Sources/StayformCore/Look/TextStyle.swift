/// How one role is drawn: colours (when the terminal has them) and attributes (always).
///
/// Attributes carry the meaning on terminals without colour, so every theme should make
/// the important roles distinct by attributes as well as by colour.
public struct TextStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// The plain style: terminal colours, no attributes.
    public static let plain = TextStyle()
}

/// A colour as a theme names it: the terminal's own default, one of the 16 ANSI colours, or
/// an index into the 256-colour palette.
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    /// 0–15: black, red, green, yellow, blue, magenta, cyan, white, then their bright forms.
    case ansi(Int)
    /// 16–255 of the xterm 256-colour palette.
    case palette(Int)

    /// The names themes may use for the 16 ANSI colours, in palette order.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
        "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses `default`, an ANSI name (`bright-cyan`) or a palette index (`208`).
    public init?(name: String) {
        if name == "default" {
            self = .terminalDefault
        } else if let index = ThemeColor.ansiNames.firstIndex(of: name) {
            self = .ansi(index)
        } else if let index = Int(name), (0...255).contains(index) {
            self = index < 16 ? .ansi(index) : .palette(index)
        } else {
            return nil
        }
    }
}
