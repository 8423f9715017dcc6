import Foundation
import StayformCore

/// The themes a user can choose: the shipped ones (`Themes/`) and their own
/// (`$XDG_CONFIG_HOME/stayform/themes/`), where a user theme replaces a shipped one of the
/// same name. Every file is read once, when the catalog is scanned; choosing a theme after that
/// (`--theme`, F9) reads nothing.
///
///     let catalog = ThemeCatalog.scan(
///         shippedDirectory: resources.themesDirectory,
///         userDirectory: StayformPaths(environment: environment).userThemesDirectory)
///     let (theme, problem) = catalog.load(name: "high-contrast")
///     // problem is nil, or says why another theme is used instead
///     let next = catalog.name(after: theme.name)   // F9
public struct ThemeCatalog: Sendable {
    /// One theme that loaded: its name, summary, file, whether it is the user's, and its styles.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var summary: String
        public var url: URL
        /// Whether the file is in the user's theme folder rather than shipped with stayform.
        public var isUser: Bool
        public var theme: Theme
    }

    /// The name of the theme used when none is chosen, and in place of one that cannot be used.
    public static let defaultName = "default"

    /// The themes that loaded, in cycle order: `default` first, then by name.
    public var entries: [Entry]
    /// Why other files are not usable themes: one `LoadError` per file, with its position.
    public var problems: [LoadError]

    /// The theme names in the order F9 cycles through them: `default` first, then by name.
    public var names: [String] { entries.map(\.name) }

    /// Reads every theme file (`.yaml`, `.yml`) in both folders, or only the files of the themes
    /// `only` names (to start with the chosen theme and its fallback without reading the rest).
    /// A missing user folder is normal; a missing shipped folder, or an unreadable one, is a
    /// problem, not a crash.
    public static func scan(shippedDirectory: URL, userDirectory: URL?, only names: Set<String>? = nil) -> ThemeCatalog {
        var problems: [LoadError] = []
        var byName: [String: Entry] = [:]
        for entry in themes(in: shippedDirectory, isUser: false, only: names, problems: &problems) {
            byName[entry.name] = entry
        }
        if let userDirectory {
            for entry in themes(in: userDirectory, isUser: true, only: names, problems: &problems) {
                byName[entry.name] = entry
            }
        }
        let entries = byName.values.sorted { left, right in
            if (left.name == defaultName) != (right.name == defaultName) { return left.name == defaultName }
            return left.name < right.name
        }
        return ThemeCatalog(entries: entries, problems: problems)
    }

    /// The entry named `name`.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The theme named `name`, or — with a message saying what went wrong (naming the file, line
    /// and column when a file is broken) and what is used instead — the `default` theme, or no
    /// colours at all (`Theme.colourless`) when even that cannot be used.
    public func load(name: String) -> (Theme, problem: String?) {
        if let entry = entry(named: name) {
            // A broken user file of the same name leaves the shipped theme in place: say so.
            guard let broken = problem(forThemeNamed: name), broken.path != entry.url.path else {
                return (entry.theme, nil)
            }
            return (entry.theme, "Theme `\(name)` not loaded: \(broken). Using the shipped `\(name)` theme.")
        }
        let reason: String
        if let broken = problem(forThemeNamed: name) {
            reason = "Theme `\(name)` not loaded: \(broken)."
        } else {
            let known = names.isEmpty ? "none" : names.joined(separator: ", ")
            reason = "There is no theme `\(name)` (themes: \(known); `stayform themes` lists them)."
        }
        if name != ThemeCatalog.defaultName, let fallback = entry(named: ThemeCatalog.defaultName) {
            return (fallback.theme, "\(reason) Using the default theme.")
        }
        if name != ThemeCatalog.defaultName, let broken = problem(forThemeNamed: ThemeCatalog.defaultName) {
            return (.colourless, "\(reason) The default theme did not load either (\(broken)); using the terminal's colours.")
        }
        return (.colourless, "\(reason) Using the terminal's colours.")
    }

    /// The name F9 switches to after `name`: the next in `names`, wrapping round; the first name
    /// when `name` is not in the catalog (e.g. the colourless fallback).
    public func name(after name: String) -> String? {
        guard let index = names.firstIndex(of: name) else { return names.first }
        return names[(index + 1) % names.count]
    }

    /// The problem of the file that would have held the theme `name` (`name.yaml` or `name.yml`).
    private func problem(forThemeNamed name: String) -> LoadError? {
        problems.last { problem in
            let file = URL(fileURLWithPath: problem.path)
            return ThemeCatalog.isThemeFile(file.lastPathComponent)
                && file.deletingPathExtension().lastPathComponent == name
        }
    }

    private static func isThemeFile(_ fileName: String) -> Bool {
        !fileName.hasPrefix(".") && (fileName.hasSuffix(".yaml") || fileName.hasSuffix(".yml"))
    }

    /// The themes that load from `directory`; the files that do not go to `problems`.
    private static func themes(
        in directory: URL, isUser: Bool, only names: Set<String>?, problems: inout [LoadError]
    ) -> [Entry] {
        let fileNames: [String]
        do {
            fileNames = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            if isUser, !FileManager.default.fileExists(atPath: directory.path) { return [] }
            let remedy = isUser
                ? "check the folder's permissions"
                : "reinstall with `make install`, or set STAYFORM_RESOURCES to the folder that holds Themes/"
            problems.append(LoadError(path: directory.path,
                message: "cannot list the themes (\(error.localizedDescription)); \(remedy)"))
            return []
        }
        var entries: [Entry] = []
        for fileName in fileNames.sorted() where isThemeFile(fileName) {
            let url = directory.appendingPathComponent(fileName)
            let expectedName = url.deletingPathExtension().lastPathComponent
            if let names, !names.contains(expectedName) { continue }
            do {
                let theme = try ThemeLoader.load(contentsOf: url, expectedName: expectedName)
                if let first = entries.first(where: { $0.name == theme.name }) {
                    problems.append(LoadError(path: url.path,
                        message: "a second file for the theme `\(theme.name)`, besides "
                            + "\(first.url.lastPathComponent); remove one of them"))
                    continue
                }
                entries.append(Entry(
                    name: theme.name, summary: theme.summary, url: url, isUser: isUser, theme: theme))
            } catch {
                problems.append(error)
            }
        }
        return entries
    }
}
