import Foundation
import StayformCore
import Testing

@testable import StayformPersistence

/// Finding themes in the shipped and user folders, overriding, and falling back with a clear
/// message when a theme cannot be used.
@Suite("Theme catalog")
struct ThemeCatalogTests {
    /// A small valid theme file.
    static func themeText(name: String, summary: String = "A test theme.", warning: String = "yellow") -> String {
        """
        name: \(name)
        summary: \(summary)
        styles:
          normal: { fg: default, bg: default }
          warning: { fg: \(warning), bold: true }

        """
    }

    /// A fresh folder holding `files` (name → contents).
    static func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("stayform-themes-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(to: directory.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return directory
    }

    /// A shipped folder with `default`, `paper` and `night`.
    static func shippedFolder() throws -> URL {
        try folder([
            "default.yaml": themeText(name: "default", summary: "Shipped default."),
            "paper.yaml": Self.themeText(name: "paper", warning: "blue"),
            "night.yml": themeText(name: "night", warning: "magenta"),
            "README.txt": "not a theme",
        ])
    }

    @Test("lists shipped themes with default first, then by name, and cycles through them")
    func listsAndCycles() throws {
        let shipped = try Self.shippedFolder()
        defer { try? FileManager.default.removeItem(at: shipped) }
        let missingUserFolder = shipped.appendingPathComponent("no-such-folder")
        let catalog = ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: missingUserFolder)
        #expect(catalog.problems == [])
        #expect(catalog.names == ["default", "night", "paper"])
        #expect(catalog.entry(named: "night")?.url.lastPathComponent == "night.yml")
        #expect(catalog.name(after: "default") == "night")
        #expect(catalog.name(after: "night") == "paper")
        #expect(catalog.name(after: "paper") == "default")
        #expect(catalog.name(after: "colourless") == "default")
    }

    @Test("a scan for the chosen theme reads only its files (start-up), and a user file still wins")
    func scansOnlyTheNamedThemes() throws {
        let shipped = try Self.folder([
            "default.yaml": Self.themeText(name: "default"),
            "paper.yaml": Self.themeText(name: "paper", warning: "blue"),
            "broken.yaml": "styles: [",
        ])
        let user = try Self.folder(["paper.yaml": Self.themeText(name: "paper", warning: "red")])
        defer { for folder in [shipped, user] { try? FileManager.default.removeItem(at: folder) } }
        let catalog = ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: user, only: ["paper", "default"])
        #expect(catalog.problems == [], "the broken file of another theme was read")
        #expect(catalog.names == ["default", "paper"])
        #expect(catalog.load(name: "paper").0.style(for: .warning).foreground == .ansi(1))
        #expect(ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: user).problems.count == 1)
    }

    @Test("a user theme is added, and one with a shipped theme's name replaces it")
    func userThemesOverride() throws {
        let shipped = try Self.shippedFolder()
        let user = try Self.folder([
            "paper.yaml": Self.themeText(name: "paper", summary: "My paper.", warning: "red"),
            "ocean.yaml": Self.themeText(name: "ocean", warning: "cyan"),
        ])
        defer { for folder in [shipped, user] { try? FileManager.default.removeItem(at: folder) } }
        let catalog = ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: user)
        #expect(catalog.problems == [])
        #expect(catalog.names == ["default", "night", "ocean", "paper"])
        let paper = try #require(catalog.entry(named: "paper"))
        #expect(paper.isUser)
        #expect(paper.summary == "My paper.")
        #expect(paper.url.path == user.appendingPathComponent("paper.yaml").path)
        let (theme, problem) = catalog.load(name: "paper")
        #expect(problem == nil)
        #expect(theme.style(for: .warning).foreground == .ansi(1))
        #expect(catalog.entry(named: "ocean")?.isUser == true)
        #expect(catalog.entry(named: "night")?.isUser == false)
    }

    /// A broken file, where its problem is and what the message must say.
    struct BrokenCase: Sendable, CustomStringConvertible {
        var text: String
        var marker: String?
        var says: String
        var description: String { says }
    }

    static let brokenCases: [BrokenCase] = [
        BrokenCase(text: themeText(name: "ocean", warning: "bleu"), marker: "bleu", says: "unknown colour `bleu`"),
        BrokenCase(
            text: themeText(name: "ocean").replacingOccurrences(of: "  warning:", with: "  warnings:"),
            marker: "warnings:", says: "unknown role `warnings`"),
        BrokenCase(
            text: themeText(name: "ocean").replacingOccurrences(of: "bold: true", with: "blink: true"),
            marker: "blink", says: "unknown style key `blink`"),
        BrokenCase(
            text: themeText(name: "ocean").replacingOccurrences(of: "bold: true", with: "bold: maybe"),
            marker: "maybe", says: "`bold` must be true or false"),
        BrokenCase(
            text: themeText(name: "ocean").replacingOccurrences(of: "bold: true", with: "bold: \"true\""),
            marker: "\"true\"", says: "`bold` must be true or false"),
        BrokenCase(
            text: themeText(name: "sea"), marker: "sea",
            says: "the theme is named `sea` but its file is named `ocean`"),
        BrokenCase(text: "name: ocean\n", marker: "name", says: "no `styles` mapping"),
        BrokenCase(text: "styles: {\n", marker: nil, says: "YAML syntax error"),
        BrokenCase(text: "", marker: nil, says: "the theme file is empty"),
    ]

    @Test("attributes take YAML's words for true and false, in any case", arguments: [
        ("true", true), ("yes", true), ("On", true), ("FALSE", false), ("no", false), ("off", false),
    ])
    func attributeWords(word: String, value: Bool) throws {
        let text = Self.themeText(name: "ocean").replacingOccurrences(of: "bold: true", with: "bold: \(word)")
        let theme = try ThemeLoader.parse(text, path: "ocean.yaml", expectedName: "ocean")
        #expect(theme.style(for: .warning).bold == value)
    }

    @Test("a broken theme is a problem with its position, and choosing it falls back to default", arguments: brokenCases)
    func brokenThemeFallsBack(_ broken: BrokenCase) throws {
        let shipped = try Self.shippedFolder()
        let user = try Self.folder(["ocean.yaml": broken.text])
        defer { for folder in [shipped, user] { try? FileManager.default.removeItem(at: folder) } }
        let catalog = ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: user)
        #expect(!catalog.names.contains("ocean"))
        let problem = try #require(catalog.problems.first)
        #expect(catalog.problems.count == 1)
        let path = user.appendingPathComponent("ocean.yaml").path
        #expect(problem.path == path)
        #expect(problem.message.contains(broken.says))
        if let marker = broken.marker {
            let place = try #require(FormPackFixtures.position(of: marker, in: broken.text))
            #expect(problem.line == place.line)
            #expect(problem.column == place.column)
        }
        let (theme, message) = catalog.load(name: "ocean")
        #expect(theme.summary == "Shipped default.")
        let text = try #require(message)
        #expect(text.contains(problem.description))
        #expect(text.contains(broken.says))
        #expect(text.hasSuffix("Using the default theme."))
    }

    @Test("an unknown name falls back to default and names the themes there are")
    func unknownNameFallsBack() throws {
        let shipped = try Self.shippedFolder()
        defer { try? FileManager.default.removeItem(at: shipped) }
        let catalog = ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: nil)
        let (theme, message) = catalog.load(name: "solarised")
        #expect(theme.name == "default")
        #expect(message == "There is no theme `solarised` (themes: default, night, paper; `stayform themes` lists them). Using the default theme.")
    }

    @Test("a broken user default leaves the shipped default, and says so")
    func brokenUserDefault() throws {
        let shipped = try Self.shippedFolder()
        let user = try Self.folder(["default.yaml": Self.themeText(name: "default", warning: "purple")])
        defer { for folder in [shipped, user] { try? FileManager.default.removeItem(at: folder) } }
        let catalog = ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: user)
        #expect(catalog.entry(named: "default")?.isUser == false)
        let (theme, message) = catalog.load(name: "default")
        #expect(theme.summary == "Shipped default.")
        let text = try #require(message)
        #expect(text.contains(user.appendingPathComponent("default.yaml").path + ":5:"))
        #expect(text.contains("unknown colour `purple`"))
        #expect(text.hasSuffix("Using the shipped `default` theme."))
    }

    @Test("without a usable default theme, there are no colours, and the message says why")
    func noDefaultMeansColourless() throws {
        let brokenDefault = try Self.folder(["default.yaml": Self.themeText(name: "default", warning: "purple")])
        let missing = brokenDefault.appendingPathComponent("no-such-folder")
        defer { try? FileManager.default.removeItem(at: brokenDefault) }

        let broken = ThemeCatalog.scan(shippedDirectory: brokenDefault, userDirectory: nil)
        let (theme, message) = broken.load(name: "paper")
        #expect(theme == .colourless)
        #expect(message?.contains("There is no theme `paper`") == true)
        #expect(message?.contains("The default theme did not load either") == true)
        #expect(message?.contains("unknown colour `purple`") == true)
        #expect(message?.hasSuffix("using the terminal's colours.") == true)

        let nothing = ThemeCatalog.scan(shippedDirectory: missing, userDirectory: nil)
        #expect(nothing.names == [])
        #expect(nothing.problems.count == 1)
        #expect(nothing.problems.first?.message.contains("STAYFORM_RESOURCES") == true)
        let (fallback, reason) = nothing.load(name: "default")
        #expect(fallback == .colourless)
        #expect(reason == "There is no theme `default` (themes: none; `stayform themes` lists them). Using the terminal's colours.")
    }

    @Test("two files for one theme in a folder: the second is a problem")
    func duplicateInOneFolder() throws {
        let shipped = try Self.folder([
            "default.yaml": Self.themeText(name: "default"), "default.yml": Self.themeText(name: "default"),
        ])
        defer { try? FileManager.default.removeItem(at: shipped) }
        let catalog = ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: nil)
        #expect(catalog.names == ["default"])
        #expect(catalog.problems.map(\.path) == [shipped.appendingPathComponent("default.yml").path])
        #expect(catalog.problems.first?.message.contains("a second file for the theme `default`") == true)
    }

    @Test("the user theme folder follows XDG_CONFIG_HOME")
    func userFolder() {
        let paths = StayformPaths(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "/cfg"])
        #expect(paths.userThemesDirectory.path == "/cfg/stayform/themes")
        let unset = StayformPaths(environment: ["HOME": "/home/ana"])
        #expect(unset.userThemesDirectory.path == "/home/ana/.config/stayform/themes")
    }
}
