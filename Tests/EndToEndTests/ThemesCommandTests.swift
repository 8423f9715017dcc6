import Foundation
import Testing

/// `stayform themes` on the built binary: shipped themes, a user theme, and a broken one.
@Suite struct ThemesCommandTests {
    /// A clean environment whose user themes are in `config/stayform/themes` under `home`.
    static func environment(home: URL) -> [String: String] {
        [
            "HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "STAYFORM_RESOURCES": Repository.root.path,
        ]
    }

    @Test func listsShippedAndUserThemesAndReportsBrokenOnes() throws {
        let home = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let themes = home.appendingPathComponent("config/stayform/themes", isDirectory: true)
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try """
            name: ocean
            summary: Blues and greens.
            styles:
              normal: { fg: default, bg: default }

            """.write(to: themes.appendingPathComponent("ocean.yaml"), atomically: false, encoding: .utf8)
        try """
            name: broken
            styles:
              warning: { fg: bleu }

            """.write(to: themes.appendingPathComponent("broken.yaml"), atomically: false, encoding: .utf8)

        // Control characters in a summary or a colour must not reach the terminal.
        try """
            name: sly
            summary: "two\\nlines\\tand \\e[2J"
            styles:
              normal: { fg: default }

            """.write(to: themes.appendingPathComponent("sly.yaml"), atomically: false, encoding: .utf8)
        try """
            name: sneaky
            styles:
              normal: { fg: "\\e[2J" }

            """.write(to: themes.appendingPathComponent("sneaky.yaml"), atomically: false, encoding: .utf8)

        let result = try Shell.run(
            StayformBinary.path, ["themes"], environment: Self.environment(home: home), allowFailure: true)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(lines.allSatisfy { $0.count == 3 }, "\(result.output)")
        let names = lines.map { String($0[0]) }
        #expect(names.first == "default")
        for shipped in ["default", "high-contrast", "monochrome", "colour-blind"] {
            let line = try #require(lines.first { $0[0] == shipped }, "\(shipped) missing")
            #expect(line[2] == "shipped")
            #expect(!line[1].isEmpty)
        }
        let ocean = try #require(lines.first { $0[0] == "ocean" })
        #expect(ocean[1] == "Blues and greens.")
        #expect(ocean[2] == "user: \(themes.appendingPathComponent("ocean.yaml").path)")
        #expect(!names.contains("broken"))
        let sly = try #require(lines.first { $0[0] == "sly" })
        #expect(sly[1] == "two␊lines␉and ␛[2J")
        #expect(!result.output.contains("\u{1B}") && !result.error.contains("\u{1B}"))
        #expect(result.error.contains("\(themes.appendingPathComponent("broken.yaml").path):3:"))
        #expect(result.error.contains("unknown colour `bleu`"))
        #expect(result.error.contains("unknown colour `␛[2J`"))
    }

    @Test func withoutUserThemesListsOnlyShippedOnesAndNoProblems() throws {
        let home = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try Shell.run(StayformBinary.path, ["themes"], environment: Self.environment(home: home))
        #expect(result.error == "")
        #expect(result.output.split(separator: "\n").allSatisfy { $0.hasSuffix("\tshipped") })
        #expect(result.output.hasPrefix("default\t"))
    }
}
