import FoundationEssentials
import StayformCore
import SystemPackage

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
    /// colours at all (`Theme.colourless`) when even that cannot be used. The message is in the
    /// language of `words`.
    public func load(name: String, in words: Words = Language.english.words) -> (Theme, problem: String?) {
        if let entry = entry(named: name) {
            // A broken user file of the same name leaves the shipped theme in place: say so.
            guard let broken = problem(forThemeNamed: name), broken.path != entry.url.path else {
                return (entry.theme, nil)
            }
            return (entry.theme, words("theme.choice.shipped-used", [
                "name": name, "problem": broken.description(in: words),
            ]))
        }
        let reason: String
        if let broken = problem(forThemeNamed: name) {
            reason = words("theme.choice.not-loaded", ["name": name, "problem": broken.description(in: words)])
        } else {
            let known = names.isEmpty ? words["theme.choice.none"] : names.joined(separator: ", ")
            reason = words("theme.choice.unknown", ["name": name, "themes": known])
        }
        if name != ThemeCatalog.defaultName, let fallback = entry(named: ThemeCatalog.defaultName) {
            return (fallback.theme, words("theme.choice.default-used", ["reason": reason]))
        }
        if name != ThemeCatalog.defaultName, let broken = problem(forThemeNamed: ThemeCatalog.defaultName) {
            return (.colourless, words("theme.choice.default-broken", [
                "reason": reason, "problem": broken.description(in: words),
            ]))
        }
        return (.colourless, words("theme.choice.colourless", ["reason": reason]))
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
            fileNames = try POSIXFileSystem().entries(of: FilePath(directory.path))
        } catch {
            if isUser, error == .noSuchFileOrDirectory { return [] }
            problems.append(LoadError(path: directory.path, problem: Phrase { words in
                isUser
                    ? words("theme.list.user-folder", ["error": words.systemError(error)])
                    : words("theme.list.shipped-folder", ["error": words.systemError(error)])
            }))
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
                    let other = first.url.lastPathComponent
                    problems.append(LoadError(path: url.path, problem: Phrase { words in
                        words("theme.list.second-file", ["name": theme.name, "other": other])
                    }))
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
