import Foundation
import StayformPersistence
import SystemPackage
import Testing

/// `UserSettingsFile`: the theme F9 chose, kept per user in a private file written whole; a
/// missing file is no settings, a damaged one is ignored with one line saying so.
@Suite final class UserSettingsTests {
    let config: URL

    init() throws {
        config = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)")
    }

    deinit {
        try? FileManager.default.removeItem(at: config)
    }

    var file: UserSettingsFile { UserSettingsFile(paths: StayformPaths(environment: ["XDG_CONFIG_HOME": config.path])) }
    var path: String { config.appendingPathComponent("stayform/settings.json").path }

    func permissions(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    func write(_ text: String) throws {
        try FileManager.default.createDirectory(
            at: config.appendingPathComponent("stayform"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aSavedThemeIsReadBackFromAPrivateFileInAPrivateFolder() throws {
        #expect(file.path.string == path)
        try file.save(UserSettings(theme: "high-contrast"))
        let (settings, notice) = file.load()
        #expect(settings.theme == "high-contrast")
        #expect(notice == nil)
        #expect(try permissions(path) == 0o600)
        #expect(try permissions(config.appendingPathComponent("stayform").path) == 0o700)
        try file.save(UserSettings(theme: "monochrome"))
        #expect(file.load().0.theme == "monochrome")
        #expect(try FileManager.default.contentsOfDirectory(atPath: config.appendingPathComponent("stayform").path) == ["settings.json"])
    }

    @Test func noFileIsNoSettingsAndNoNotice() {
        let (settings, notice) = file.load()
        #expect(settings == UserSettings())
        #expect(notice == nil)
    }

    @Test(arguments: ["{", "[]", "{\"theme\": 3}", "{\"theme\": \"../../etc/passwd\"}", "{\"theme\": \"\\u001b[2J\"}", "\u{0}\u{0}"])
    func aDamagedOrUnusableFileIsIgnoredWithOneLine(text: String) throws {
        try write(text)
        let (settings, notice) = file.load()
        #expect(settings.theme == nil)
        let line = try #require(notice)
        #expect(line.contains(path) && line.contains("ignored"))
        #expect(!line.contains("\n") && !line.contains("\u{1B}"))
    }

    @Test func aFolderInItsPlaceIsIgnoredWithANotice() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(file.load().notice?.contains("ignored") == true)
    }

    @Test func aLinkInItsPlaceIsReplacedNotWrittenThrough() throws {
        let target = config.appendingPathComponent("elsewhere.json")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("stayform"), withIntermediateDirectories: true)
        try Data("keep\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target.path)
        try file.save(UserSettings(theme: "default"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep\n")
        #expect(file.load().0.theme == "default")
    }
}
