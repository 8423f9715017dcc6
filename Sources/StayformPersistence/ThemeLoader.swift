import Foundation
import StayformCore
import SystemPackage
import Yams

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
            throw LoadError(path: url.path, message: "cannot read the theme file: \(error.reason)")
        }
        return try parse(text, path: url.path, expectedName: expectedName)
    }

    /// Parses theme YAML; `path` is used in messages. When `expectedName` is given (the file's
    /// name without `.yaml`), the theme's `name` must be it.
    public static func parse(_ text: String, path: String, expectedName: String? = nil) throws(LoadError) -> Theme {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw LoadError(path: path, message: "the theme file is empty")
            }
            root = node
        } catch let error as LoadError {
            throw error
        } catch let error as YamlError {
            throw FormPackLoader.syntaxError(error, path: path, text: text)
        } catch {
            throw LoadError(path: path, message: "not valid YAML")
        }
        guard let mapping = root.mapping else {
            throw LoadError(path: path, line: root.mark?.line, column: root.mark?.column,
                message: "a theme must be a mapping with `name` and `styles`")
        }
        guard let name = mapping["name"]?.string, !name.isEmpty else {
            throw LoadError(path: path, line: root.mark?.line, column: root.mark?.column,
                message: "the theme has no `name`")
        }
        if let expectedName, name != expectedName {
            let place = mapping["name"]?.mark
            throw LoadError(path: path, line: place?.line, column: place?.column,
                message: "the theme is named `\(name)` but its file is named `\(expectedName)`; "
                    + "a theme's name must match its file name: set `name: \(expectedName)` "
                    + "or rename the file to `\(name).yaml`")
        }
        let summary = mapping["summary"]?.string ?? ""
        guard let stylesNode = mapping["styles"], let styles = stylesNode.mapping else {
            throw LoadError(path: path, line: root.mark?.line, column: root.mark?.column,
                message: "the theme has no `styles` mapping")
        }
        var result: [StyleRole: TextStyle] = [:]
        for (key, value) in styles {
            guard let roleName = key.string, let role = StyleRole(rawValue: roleName) else {
                throw LoadError(path: path, line: key.mark?.line, column: key.mark?.column,
                    message: "unknown role `\(key.string ?? "?")`; roles are "
                        + StyleRole.allCases.map(\.rawValue).joined(separator: ", "))
            }
            result[role] = try style(from: value, path: path)
        }
        return Theme(name: name, summary: summary, styles: result)
    }

    private static func style(from node: Node, path: String) throws(LoadError) -> TextStyle {
        guard let mapping = node.mapping else {
            throw LoadError(path: path, line: node.mark?.line, column: node.mark?.column,
                message: "a style must be a mapping such as { fg: white, bg: blue, bold: true }")
        }
        var style = TextStyle()
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "fg", "bg":
                let colourName = value.string ?? ""
                guard let colour = ThemeColor(name: colourName) else {
                    throw LoadError(path: path, line: value.mark?.line, column: value.mark?.column,
                        message: "unknown colour `\(colourName)`; use default, a name such as "
                            + "blue or bright-blue, or a number 0–255")
                }
                if name == "fg" { style.foreground = colour } else { style.background = colour }
            case _ where attributeKeys.contains(name):
                guard let flag = value.bool else {
                    throw LoadError(path: path, line: value.mark?.line, column: value.mark?.column,
                        message: "`\(name)` must be true or false")
                }
                switch name {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw LoadError(path: path, line: key.mark?.line, column: key.mark?.column,
                    message: "unknown style key `\(name)`; use fg, bg, "
                        + attributeKeys.joined(separator: ", "))
            }
        }
        return style
    }
}
