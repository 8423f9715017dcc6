import FoundationEssentials
import StayformCore
import SystemPackage

/// Reads theme files (YAML): a name, a summary and a style per role.
///
///     name: default
///     summary: Calm colours for everyday use.
///     styles:
///       normal: { fg: default, bg: default }
///       sidebar-current: { fg: black, bg: cyan, bold: true }
public enum ThemeLoader {
    /// The attribute keys a style may set, besides `fg` and `bg`.
    static let attributeKeys = ["bold", "dim", "underline", "reverse"]

    /// Loads the theme file at `url`; when `expectedName` is given, the file's `name` must be it.
    public static func load(
        contentsOf url: URL, expectedName: String? = nil, fileSystem: any FileSystem = POSIXFileSystem()
    ) throws(LoadError) -> Theme {
        let text: String
        do {
            text = try fileSystem.readText(FilePath(url.path), kind: .theme)
        } catch {
            throw LoadError(path: url.path, problem: Phrase { words in
                words("theme.unreadable", ["reason": error.reason(in: words)])
            })
        }
        return try parse(text, path: url.path, expectedName: expectedName)
    }

    /// An attribute's value: YAML 1.1's words for true and false (`true`, `yes`, `on`; `false`,
    /// `no`, `off`, in any case), written plain; a quoted word is text, not a flag.
    static func flag(_ node: YAMLNode) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// Parses theme YAML; `path` is used in messages. When `expectedName` is given (the file's
    /// name without `.yaml`), the theme's `name` must be it.
    public static func parse(_ text: String, path: String, expectedName: String? = nil) throws(LoadError) -> Theme {
        let parsed: YAMLNode?
        do {
            parsed = try YAMLReader.parse(text)
        } catch {
            throw FormPackLoader.syntaxError(error, path: path)
        }
        guard let root = parsed else {
            throw LoadError(path: path, problem: Phrase { words in words["theme.empty"] })
        }
        guard let mapping = root.mapping else {
            throw LoadError(path: path, line: root.mark.line, column: root.mark.column,
                problem: Phrase { words in words["theme.not-mapping"] })
        }
        guard let name = mapping["name"]?.string, !name.isEmpty else {
            throw LoadError(path: path, line: root.mark.line, column: root.mark.column,
                problem: Phrase { words in words["theme.no-name"] })
        }
        if let expectedName, name != expectedName {
            let place = mapping["name"]?.mark
            throw LoadError(path: path, line: place?.line, column: place?.column,
                problem: Phrase { words in words("theme.name-mismatch", ["name": name, "file": expectedName]) })
        }
        let summary = mapping["summary"]?.string ?? ""
        guard let stylesNode = mapping["styles"], let styles = stylesNode.mapping else {
            throw LoadError(path: path, line: root.mark.line, column: root.mark.column,
                problem: Phrase { words in words["theme.no-styles"] })
        }
        var result: [StyleRole: TextStyle] = [:]
        for (key, value) in styles {
            guard let roleName = key.string, let role = StyleRole(rawValue: roleName) else {
                let role = key.string ?? "?"
                let roles = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw LoadError(path: path, line: key.mark.line, column: key.mark.column,
                    problem: Phrase { words in words("theme.unknown-role", ["role": role, "roles": roles]) })
            }
            result[role] = try style(from: value, path: path)
        }
        return Theme(name: name, summary: summary, styles: result)
    }

    private static func style(from node: YAMLNode, path: String) throws(LoadError) -> TextStyle {
        guard let mapping = node.mapping else {
            throw LoadError(path: path, line: node.mark.line, column: node.mark.column,
                problem: Phrase { words in words["theme.style-not-mapping"] })
        }
        var style = TextStyle()
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "fg", "bg":
                let colourName = value.string ?? ""
                guard let colour = ThemeColor(name: colourName) else {
                    throw LoadError(path: path, line: value.mark.line, column: value.mark.column,
                        problem: Phrase { words in words("theme.unknown-colour", ["colour": colourName]) })
                }
                if name == "fg" { style.foreground = colour } else { style.background = colour }
            case _ where attributeKeys.contains(name):
                guard let flag = ThemeLoader.flag(value) else {
                    throw LoadError(path: path, line: value.mark.line, column: value.mark.column,
                        problem: Phrase { words in words("theme.not-bool", ["key": name]) })
                }
                switch name {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw LoadError(path: path, line: key.mark.line, column: key.mark.column,
                    problem: Phrase { words in
                        words("theme.unknown-style-key", ["key": name, "keys": attributeKeys.joined(separator: ", ")])
                    })
            }
        }
        return style
    }
}
