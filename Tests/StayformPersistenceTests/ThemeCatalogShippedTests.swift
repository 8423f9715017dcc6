import Foundation
import StayformCore
import Testing

@testable import StayformPersistence

/// The themes in `Themes/`: they load, set every role, and keep their meaning without colour.
@Suite("Shipped themes")
struct ThemeCatalogShippedTests {
    /// The repository's `Themes/` folder.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes", isDirectory: true)

    static let catalog = ThemeCatalog.scan(shippedDirectory: themesDirectory, userDirectory: nil)

    static let requiredNames = ["default", "high-contrast", "monochrome", "colour-blind"]

    /// What a style looks like on a terminal without colour.
    static func attributes(_ style: TextStyle) -> [Bool] {
        [style.bold, style.dim, style.underline, style.reverse]
    }

    @Test("the four required themes are shipped, default first, and none is broken")
    func shipsTheRequiredThemes() {
        #expect(Self.catalog.problems.map(\.description) == [])
        #expect(Self.catalog.names.first == "default")
        for name in Self.requiredNames {
            #expect(Self.catalog.names.contains(name), "missing theme \(name)")
        }
        #expect(Self.catalog.entries.allSatisfy { !$0.isUser && !$0.summary.isEmpty })
    }

    @Test("every shipped theme loads without a problem and sets every role", arguments: requiredNames)
    func setsEveryRole(_ name: String) {
        let (theme, problem) = Self.catalog.load(name: name)
        #expect(problem == nil)
        #expect(theme.name == name)
        let missing = StyleRole.allCases.filter { theme.styles[$0] == nil }
        #expect(missing == [], "\(name) leaves out \(missing)")
    }

    @Test(
        "without colour, blocking, warning and done differ from each other and from plain text; focus shows",
        arguments: requiredNames)
    func attributesCarryMeaning(_ name: String) {
        let theme = Self.catalog.load(name: name).0
        let severities: [StyleRole] = [.blocking, .warning, .success, .normal]
        let looks = severities.map { Self.attributes(theme.style(for: $0)) }
        #expect(Set(looks).count == severities.count, "\(name): \(zip(severities, looks).map { "\($0)=\($1)" })")
        let pairs: [(StyleRole, StyleRole)] = [(.input, .inputFocused), (.sidebar, .sidebarCurrent), (.normal, .title)]
        for (plain, marked) in pairs {
            #expect(
                Self.attributes(theme.style(for: plain)) != Self.attributes(theme.style(for: marked)),
                "\(name): \(plain) and \(marked) look the same without colour")
        }
    }

    @Test("the monochrome theme names no colour")
    func monochromeHasNoColour() throws {
        let theme = try #require(Self.catalog.entry(named: "monochrome")).theme
        for role in StyleRole.allCases {
            #expect(theme.style(for: role).foreground == .terminalDefault, "\(role)")
            #expect(theme.style(for: role).background == .terminalDefault, "\(role)")
        }
    }

    @Test("the colour-blind theme never uses ANSI red or green, and its severities differ in colour")
    func colourBlindAvoidsRedAndGreen() throws {
        let theme = try #require(Self.catalog.entry(named: "colour-blind")).theme
        let redsAndGreens: Set<ThemeColor> = [.ansi(1), .ansi(2), .ansi(9), .ansi(10)]
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            #expect(!redsAndGreens.contains(style.foreground), "\(role)")
            #expect(!redsAndGreens.contains(style.background), "\(role)")
        }
        let colours = [StyleRole.blocking, .warning, .note].map { theme.style(for: $0).foreground }
        #expect(Set(colours).count == 3)
    }
}
