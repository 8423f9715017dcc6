import Foundation
import StayformCore
import Yams

/// Reads a form pack (YAML) into a `FormPack`.
public enum FormPackLoader {
    /// Loads the pack file at `url`.
    public static func load(contentsOf url: URL) throws(LoadError) -> FormPack {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LoadError(path: url.path, message: "cannot read the form pack (\(error.localizedDescription))")
        }
        return try parse(text, path: url.path)
    }

    /// Parses pack YAML; `path` is used in messages.
    public static func parse(_ text: String, path: String) throws(LoadError) -> FormPack {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw LoadError(path: path, message: "the form pack is empty")
            }
            root = node
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(path: path, message: "not valid YAML: \(error)")
        }
        let reader = NodeReader(path: path)
        let id = try reader.string("id", in: root)
        let title = try reader.text("title", in: root)
        let edition = try reader.string("edition", in: root)
        var sections: [FormSection] = []
        for sectionNode in try reader.sequence("sections", in: root) {
            var fields: [FormField] = []
            for fieldNode in try reader.sequence("fields", in: sectionNode) {
                let typeName = try reader.string("type", in: fieldNode)
                guard let type = FieldType(rawValue: typeName) else {
                    throw reader.error(at: fieldNode["type"], "unknown field type `\(typeName)`")
                }
                fields.append(
                    FormField(
                        id: try reader.string("id", in: fieldNode),
                        code: try reader.string("code", in: fieldNode),
                        label: try reader.text("label", in: fieldNode),
                        type: type,
                        help: (try? reader.text("help", in: fieldNode)) ?? LocalizedText([:]),
                        maxLength: fieldNode["max-length"]?.int))
            }
            sections.append(
                FormSection(
                    id: try reader.string("id", in: sectionNode),
                    code: try reader.string("code", in: sectionNode),
                    title: try reader.text("title", in: sectionNode),
                    fields: fields))
        }
        return FormPack(id: id, title: title, edition: edition, sections: sections)
    }
}

/// Reads typed values out of YAML nodes, with positioned errors.
struct NodeReader {
    let path: String

    func error(at node: Node?, _ message: String) -> LoadError {
        LoadError(path: path, line: node?.mark?.line, column: node?.mark?.column, message: message)
    }

    func string(_ key: String, in node: Node) throws(LoadError) -> String {
        guard let value = node[key] else { throw error(at: node, "missing `\(key)`") }
        guard let text = value.string, !text.isEmpty else {
            throw error(at: value, "`\(key)` must be a non-empty string")
        }
        return text
    }

    /// A text given either as a plain string (English) or as `{ en: …, id: … }`.
    func text(_ key: String, in node: Node) throws(LoadError) -> LocalizedText {
        guard let value = node[key] else { throw error(at: node, "missing `\(key)`") }
        if let text = value.string { return LocalizedText(english: text) }
        guard let mapping = value.mapping else {
            throw error(at: value, "`\(key)` must be a string or a mapping of language to text")
        }
        var translations: [String: String] = [:]
        for (language, text) in mapping {
            guard let code = language.string, let string = text.string else {
                throw error(at: text, "`\(key)` translations must be strings")
            }
            translations[code] = string
        }
        return LocalizedText(translations)
    }

    func sequence(_ key: String, in node: Node) throws(LoadError) -> [Node] {
        guard let value = node[key] else { throw error(at: node, "missing `\(key)`") }
        guard let sequence = value.sequence else { throw error(at: value, "`\(key)` must be a list") }
        return Array(sequence)
    }
}
