import Foundation
import StayformCore
import StayformPersistence
import StayformWizard
import Testing
import TestSupport

/// The main screens drawn with every shipped theme, with colour and without (`NO_COLOR`), as
/// styled snapshots; and, on those screens, the roles that carry meaning stay distinct without colour.
///
/// The snapshots live in `Tests/StyledScreens/__Snapshots__/`, outside the test target's folder,
/// which does not exclude snapshot files from the build.
@Suite struct ThemedScreenSnapshotTests {
    /// The repository's `Tests/` folder.
    static let testsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every theme shipped in the repository's `Themes/`.
    static let catalog = ThemeCatalog.scan(
        shippedDirectory: testsDirectory.deletingLastPathComponent().appendingPathComponent("Themes", isDirectory: true),
        userDirectory: nil)

    /// A main screen of the wizard and the way to it, on the cross-check fixture pack (so that the
    /// snapshots do not change with the shipped pack).
    struct Scenario: CustomTestStringConvertible, Sendable {
        let name: String
        /// The roles that must show on the screen (the snapshot would not test them otherwise).
        let shows: [StyleRole]
        let state: @Sendable () -> WizardState
        var testDescription: String { name }
    }

    static let size = TerminalSize(columns: 80, rows: 24)

    /// The clean VOA draft with the permit's passport number differing from the passport's.
    static func draftWithAFinding() -> Draft {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["permit.passport-number"] = "C4JN12K58"
        return draft
    }

    static func open(_ draft: Draft, keys: [Key]) -> WizardState {
        var state = WizardState(
            pack: CrossCheckFixtures.pack, draft: draft, size: size, today: CrossCheckFixtures.today,
            attachmentFacts: CrossCheckFixtures.files)
        for key in keys { state = Wizard.update(state, .key(key)).0 }
        return state
    }

    /// Resume, go to field 2.2 (the passport's number), whose section lists the mismatch.
    static let toPassportNumber: [Key] = [.enter, .function(2), .character("2"), .character("."), .character("2"), .enter]

    static let scenarios = [
        Scenario(name: "start-category", shows: [.title, .normal]) {
            open(Draft(pack: CrossCheckFixtures.pack), keys: [])
        },
        Scenario(name: "section-focused-finding", shows: [.inputFocused, .blocking, .sidebarCurrent, .label]) {
            open(draftWithAFinding(), keys: toPassportNumber)
        },
        Scenario(name: "final-check", shows: [.blocking, .title]) {
            open(draftWithAFinding(), keys: toPassportNumber + [.function(3)])
        },
    ]

    static var themeNames: [String] { catalog.names }

    @Test("the shipped themes load for the snapshots")
    func themesLoad() {
        #expect(Self.catalog.problems.map(\.description) == [])
        #expect(Self.catalog.names.count >= 4)
    }

    @Test(arguments: scenarios, themeNames)
    func styledSnapshot(scenario: Scenario, themeName: String) throws {
        let theme = try #require(Self.catalog.entry(named: themeName)).theme
        let screen = Wizard.view(scenario.state())
        for colour in [true, false] {
            let snapshot = StyledSnapshot(screen, theme: theme, colour: colour)
            for role in scenario.shows {
                #expect(snapshot.letter(of: role) != nil, "\(scenario.name) shows no \(role)")
            }
            assertTextSnapshot(
                snapshot.text, named: "\(scenario.name)-\(themeName)-\(colour ? "colour" : "no-colour")",
                filePath: Self.testsDirectory.appendingPathComponent("StyledScreens/Snapshots.swift").path)
        }
    }

    @Test("without colour, blocking, warning, done and the focused field differ from normal text by attributes",
        arguments: themeNames)
    func meaningSurvivesWithoutColour(themeName: String) throws {
        let theme = try #require(Self.catalog.entry(named: themeName)).theme
        let normal = StyledLook(.normal, in: theme, colour: false)
        for role: StyleRole in [.blocking, .warning, .success, .inputFocused] {
            let look = StyledLook(role, in: theme, colour: false)
            #expect(look.attributes != normal.attributes, "\(themeName): \(role) looks like normal text (\(look))")
        }
        // And on a drawn screen: the finding and the focused field get letters of their own.
        let screen = Wizard.view(Self.open(Self.draftWithAFinding(), keys: Self.toPassportNumber))
        let snapshot = StyledSnapshot(screen, theme: theme, colour: false)
        let normalLetter = snapshot.letter(of: .normal)
        for role: StyleRole in [.blocking, .inputFocused] {
            let letter = try #require(snapshot.letter(of: role), "\(themeName): no \(role) on the screen")
            #expect(letter != normalLetter, "\(themeName): \(role) drawn like normal text")
        }
    }
}
