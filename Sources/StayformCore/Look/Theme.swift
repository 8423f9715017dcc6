/// A named set of styles, one per role, loaded from a file in `Themes/`.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var summary: String
    public var styles: [StyleRole: TextStyle]

    public init(name: String, summary: String = "", styles: [StyleRole: TextStyle]) {
        self.name = name
        self.summary = summary
        self.styles = styles
    }

    /// The style for `role`; roles a theme leaves out look like `normal`.
    public func style(for role: StyleRole) -> TextStyle {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// A theme that uses no colour at all, only the terminal's defaults: the last resort
    /// when no theme file can be read.
    public static let colourless = Theme(name: "colourless", styles: [:])
}
