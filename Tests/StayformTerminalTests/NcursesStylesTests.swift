import StayformCore
import Testing

@testable import StayformTerminal

/// Theme colours on terminals with fewer colours: bright colours fold to their base on 8,
/// palette colours fall back to the terminal's default below 256.
@Suite struct NcursesStylesTests {
    @Test("Colour numbers by what the terminal has", arguments: [
        (ThemeColor.terminalDefault, 256, Int16(-1)),
        (ThemeColor.ansi(4), 8, Int16(4)),
        (ThemeColor.ansi(12), 16, Int16(12)),
        (ThemeColor.ansi(12), 8, Int16(4)),
        (ThemeColor.palette(208), 256, Int16(208)),
        (ThemeColor.palette(208), 16, Int16(-1)),
        (ThemeColor.palette(208), 8, Int16(-1)),
    ])
    func degrade(colour: ThemeColor, colours: Int, expected: Int16) {
        #expect(NcursesStyles.number(colour, colours: colours) == expected)
    }
}
