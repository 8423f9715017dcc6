import CNcursesw
import StayformCore

/// A theme turned into ncurses attributes and colour pairs, degraded to what the terminal has:
/// no colour (or `NO_COLOR`) keeps only the attributes; 8 colours fold bright colours down;
/// palette colours need 256.
struct NcursesStyles {
    struct Attributes {
        var attributes: attr_t
        var pair: Int16
    }

    private var byRole: [StyleRole: Attributes] = [:]

    init(theme: Theme, colourAllowed: Bool) {
        let useColour = colourAllowed && has_colors()
        if useColour {
            start_color()
            use_default_colors()
        }
        let colours = Int(cnw_colors())
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = theme.style(for: role)
            var attributes = cnw_a_normal()
            if style.bold { attributes |= cnw_a_bold() }
            if style.dim { attributes |= cnw_a_dim() }
            if style.underline { attributes |= cnw_a_underline() }
            if style.reverse { attributes |= cnw_a_reverse() }
            // A role in the terminal's own colours keeps pair 0: a pair of two default colours
            // looks the same, but ncurses would switch to it and back around every character
            // typed, six bytes each time.
            var pair: Int16 = 0
            let colouredByTheme = style.foreground != .terminalDefault || style.background != .terminalDefault
            if useColour, colouredByTheme, index + 1 < Int(cnw_color_pairs()) {
                pair = Int16(index + 1)
                init_pair(
                    pair, NcursesStyles.number(style.foreground, colours: colours),
                    NcursesStyles.number(style.background, colours: colours))
            }
            byRole[role] = Attributes(attributes: attributes, pair: pair)
        }
    }

    func attributes(for role: StyleRole) -> Attributes {
        byRole[role] ?? Attributes(attributes: cnw_a_normal(), pair: 0)
    }

    /// The ncurses colour number for `colour` on a terminal with `colours` colours; -1 is the
    /// terminal's default.
    static func number(_ colour: ThemeColor, colours: Int) -> Int16 {
        switch colour {
        case .terminalDefault: return -1
        case .ansi(let index): return Int16(index < colours ? index : index % 8)
        case .palette(let index): return index < colours ? Int16(index) : -1
        }
    }
}
