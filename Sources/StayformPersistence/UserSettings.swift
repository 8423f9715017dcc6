import FoundationEssentials
import StayformCore
import SystemPackage

/// What stayform remembers for a user between runs, in `settings.json` in the config folder:
/// the theme last chosen with F9, used at the next start unless `--theme` is given.
///
///     {"theme":"high-contrast"}
public struct UserSettings: Codable, Hashable, Sendable {
    /// The theme to start with, by name.
    public var theme: String?

    public init(theme: String? = nil) {
        self.theme = theme
    }
}

/// The user's `settings.json` (`$XDG_CONFIG_HOME/stayform/settings.json`): read with the
/// bounded reader, written durably (a new 0600 file, flushed, renamed over the old one, in a
/// 0700 folder), so that a damaged file is never made worse and a link is never written through.
///
///     let file = UserSettingsFile(paths: StayformPaths(environment: environment))
///     let (settings, notice) = file.load()         // notice: a damaged file, ignored
///     try file.save(UserSettings(theme: "monochrome"))
public struct UserSettingsFile: Sendable {
    /// Where the settings live.
    public let path: FilePath
    private let fileSystem: any FileSystem

    public init(path: FilePath, fileSystem: any FileSystem = POSIXFileSystem()) {
        self.path = path
        self.fileSystem = fileSystem
    }

    /// The settings file of the user whose folders `paths` names.
    public init(paths: StayformPaths) {
        self.init(path: FilePath(paths.configDirectory.appendingPathComponent("settings.json").path))
    }

    /// The settings; none when there is no file. A file that cannot be used is ignored, with a
    /// one-line notice in the language of `words` saying so and that the next F9 replaces it.
    public func load(in words: Words = Language.english.words) -> (UserSettings, notice: String?) {
        func ignored(_ reason: String) -> (UserSettings, notice: String?) {
            (UserSettings(), words("load.settings.ignored", ["path": path.string, "reason": reason]))
        }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.readRegularFile(path, kind: .settings).bytes
        } catch {
            if error.problem == .missing { return (UserSettings(), nil) }
            return ignored(error.reason(in: words))
        }
        guard let settings = try? JSONDecoder().decode(UserSettings.self, from: Data(bytes)) else {
            return ignored(words["load.settings.not-json"])
        }
        if let theme = settings.theme, !UserSettingsFile.isName(theme) {
            return ignored(words["load.settings.bad-theme"])
        }
        return (settings, nil)
    }

    /// Writes `settings`, replacing the file as a whole.
    public func save(_ settings: UserSettings) throws(LoadError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try DraftFile.createPrivateDirectory(path.removingLastComponent(), fileSystem: fileSystem)
        } catch {
            throw LoadError(path: path.string, problem: Phrase { words in
                words("save.settings.folder", ["error": "\(error)"])
            })
        }
        guard let data = try? encoder.encode(settings) else {
            throw LoadError(path: path.string, problem: Phrase { words in words["save.settings.encoding"] })
        }
        do {
            try ExportFileWriter(fileSystem: fileSystem).write(
                String(decoding: data, as: UTF8.self) + "\n", to: path.string, replacing: true)
        } catch {
            let cause = error.cause
            throw LoadError(path: path.string, problem: Phrase { words in
                words("save.settings.write", ["error": cause.description])
            })
        }
        try? DraftFile.synchronizeDirectory(path.removingLastComponent(), fileSystem: fileSystem)
    }

    /// Whether `text` is a theme name, never a path: letters, digits, `-`, `_` and `.`, not
    /// starting with `.`.
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && !text.hasPrefix(".")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}
