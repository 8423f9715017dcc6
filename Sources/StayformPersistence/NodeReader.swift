import StayformCore

/// Reads typed values out of YAML nodes and collects every problem, with its position, instead
/// of stopping at the first: a pack author sees all mistakes in one run.
///
/// Lives for one parse only; not shared across threads.
final class NodeReader {
    /// The file named in messages.
    let path: String
    /// The language codes texts may use; empty accepts any.
    var languages: [String] = []
    /// Every problem found so far, in the order found.
    private(set) var errors: [LoadError] = []
    /// Every text that lacks one of `languages`, at its position: not an error (English is
    /// the fallback), but `stayform forms validate` lists them so that none ships untranslated.
    private(set) var untranslated: [LoadError] = []

    init(path: String) {
        self.path = path
    }

    /// Records a problem at `node`'s position (the file's start when it has none).
    func report(_ node: YAMLNode?, _ problem: Phrase) {
        errors.append(
            LoadError(path: path, line: node?.mark.line ?? 1, column: node?.mark.column ?? 1,
                problem: problem))
    }

    /// How messages name the value under `key` in `what`: "`label` in field `x`".
    static func key(_ key: String, in what: Phrase) -> Phrase {
        Phrase { words in words("pack.what.key-in", ["key": key, "what": words[what]]) }
    }

    /// `node` as a mapping whose keys are all in `required` or `optional`; every unknown and
    /// missing key is reported. `nil` when `node` is not a mapping.
    func object(
        _ node: YAMLNode, _ what: Phrase, required: [String], optional: [String] = []
    ) -> PackObject? {
        guard let mapping = node.mapping else {
            let keys = Self.list(required + optional)
            report(node, Phrase { words in words("pack.object.not-mapping", ["what": words[what], "keys": keys]) })
            return nil
        }
        let allowed = required + optional
        let object = PackObject(node: node, mapping: mapping, what: what)
        for (key, _) in mapping {
            guard let name = key.scalar?.string, allowed.contains(name) else {
                let name = key.scalar?.string ?? "?"
                let keys = Self.list(allowed)
                report(key, Phrase { words in
                    words("pack.object.unknown-key", ["key": name, "what": words[what], "keys": keys])
                })
                continue
            }
        }
        for key in required where object[key] == nil {
            report(node, Phrase { words in words("pack.object.missing-key", ["what": words[what], "key": key]) })
        }
        return object
    }

    /// A non-empty string; reported when present but not a string.
    func string(_ key: String, in object: PackObject) -> String? {
        guard let value = object[key] else { return nil }
        guard let text = value.scalar?.string, !text.isEmpty else {
            let what = Self.key(key, in: object.what)
            report(value, Phrase { words in words("pack.value.not-text", ["what": words[what]]) })
            return nil
        }
        return text
    }

    /// An identifier: lower-case letters, digits, `-`, `.` and `_`, starting with a letter.
    func identifier(_ key: String, in object: PackObject) -> String? {
        guard let text = string(key, in: object) else { return nil }
        guard Self.isIdentifier(text) else {
            let what = object.what
            report(object[key], Phrase { words in
                words("pack.value.not-id", ["key": key, "id": text, "what": words[what]])
            })
            return nil
        }
        return text
    }

    /// A whole number.
    func int(_ key: String, in object: PackObject) -> Int? {
        guard let value = object[key] else { return nil }
        guard let scalar = value.scalar, let number = Int(scalar.string.replacingUnderscores) else {
            let what = Self.key(key, in: object.what)
            report(value, Phrase { words in words("pack.value.not-number", ["what": words[what]]) })
            return nil
        }
        return number
    }

    /// `true` or `false`.
    func bool(_ key: String, in object: PackObject) -> Bool? {
        guard let value = object[key] else { return nil }
        switch value.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            let what = Self.key(key, in: object.what)
            report(value, Phrase { words in words("pack.value.not-bool", ["what": words[what]]) })
            return nil
        }
    }

    /// An ISO 8601 day (`2026-11-21`).
    func date(_ key: String, in object: PackObject) -> CalendarDate? {
        guard let value = object[key] else { return nil }
        return date(value, Self.key(key, in: object.what))
    }

    /// An ISO 8601 day read from `node`.
    func date(_ node: YAMLNode, _ what: Phrase) -> CalendarDate? {
        guard let text = node.scalar?.string, let date = CalendarDate(iso8601: text) else {
            report(node, Phrase { words in words("pack.value.not-date", ["what": words[what]]) })
            return nil
        }
        return date
    }

    /// A text in one or more languages: a plain string (English) or `{ en: …, id: … }`.
    func text(_ key: String, in object: PackObject) -> LocalizedText? {
        guard let value = object[key] else { return nil }
        return text(value, Self.key(key, in: object.what))
    }

    /// A text read from `node`.
    func text(_ node: YAMLNode, _ what: Phrase) -> LocalizedText? {
        if let scalar = node.scalar {
            guard !scalar.string.isEmpty else {
                report(node, Phrase { words in words("pack.text.empty", ["what": words[what]]) })
                return nil
            }
            noteMissingLanguages(of: node, what, given: ["en"])
            return LocalizedText(english: scalar.string)
        }
        guard let mapping = node.mapping else {
            report(node, Phrase { words in words("pack.text.not-text", ["what": words[what]]) })
            return nil
        }
        var translations: [String: String] = [:]
        for (language, text) in mapping {
            guard let code = language.scalar?.string, !languages.isEmpty ? languages.contains(code) : true
            else {
                let code = language.scalar?.string ?? "?"
                let known = Self.list(languages)
                report(language, Phrase { words in
                    words("pack.text.unknown-language", ["code": code, "what": words[what], "languages": known])
                })
                continue
            }
            guard let string = text.scalar?.string, !string.isEmpty else {
                report(text, Phrase { words in words("pack.text.empty-translation", ["code": code, "what": words[what]]) })
                continue
            }
            translations[code] = string
        }
        if translations["en"] == nil, !translations.isEmpty {
            report(node, Phrase { words in words("pack.text.no-english", ["what": words[what]]) })
        }
        noteMissingLanguages(of: node, what, given: Set(translations.keys))
        return LocalizedText(translations)
    }

    /// Records `node` as untranslated when it lacks some of the pack's languages.
    private func noteMissingLanguages(of node: YAMLNode, _ what: Phrase, given: Set<String>) {
        let missing = languages.filter { !given.contains($0) }
        guard !missing.isEmpty else { return }
        let codes = Self.list(missing)
        let example = "{ " + (["en"] + missing).map { "\($0): …" }.joined(separator: ", ") + " }"
        untranslated.append(
            LoadError(path: path, line: node.mark.line, column: node.mark.column,
                problem: Phrase { words in
                    words("pack.text.untranslated", ["what": words[what], "codes": codes, "example": example])
                }))
    }

    /// A list; reported when present but not a list.
    func list(_ key: String, in object: PackObject) -> [YAMLNode]? {
        guard let value = object[key] else { return nil }
        guard let sequence = value.sequence else {
            let what = Self.key(key, in: object.what)
            report(value, Phrase { words in words("pack.value.not-list", ["what": words[what]]) })
            return nil
        }
        return Array(sequence)
    }

    /// A list of non-empty texts, each with its node; reported item by item.
    func names(_ key: String, in object: PackObject) -> [(String, YAMLNode)]? {
        guard let nodes = list(key, in: object) else { return nil }
        var result: [(String, YAMLNode)] = []
        for node in nodes {
            guard let text = node.scalar?.string, !text.isEmpty else {
                let what = Self.key(key, in: object.what)
                report(node, Phrase { words in words("pack.value.not-texts", ["what": words[what]]) })
                continue
            }
            result.append((text, node))
        }
        return result
    }

    /// A value of a fixed set, such as a field type or a severity; `named` says what the set
    /// is ("field type").
    func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, in object: PackObject, as type: Value.Type, named: Phrase
    ) -> Value? where Value.RawValue == String {
        guard let text = string(key, in: object) else { return nil }
        guard let value = Value(rawValue: text) else {
            let what = object.what
            let choices = Self.list(Value.allCases.map(\.rawValue))
            report(object[key], Phrase { words in
                words("pack.value.unknown-choice", [
                    "set": words[named], "value": text, "what": words[what], "choices": choices,
                ])
            })
            return nil
        }
        return value
    }

    static func list(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
                || $0 == "_"
        }
    }
}

/// A YAML mapping being read as one object of a pack (a field, a rule…), named for messages.
struct PackObject {
    let node: YAMLNode
    /// The values by key. Looked up by the key's text: Yams' own string subscript resolves
    /// tags with regular expressions on every lookup, which made loading several times slower.
    private let values: [String: YAMLNode]
    /// How messages name it: "field `applicant.full-name`".
    var what: Phrase

    init(node: YAMLNode, mapping: YAMLNode.Mapping, what: Phrase) {
        self.node = node
        self.values = PackObject.values(of: mapping)
        self.what = what
    }

    /// The value under `key`.
    subscript(key: String) -> YAMLNode? { values[key] }

    /// The values of `mapping` by key text (the first of duplicate keys; Yams rejects those).
    static func values(of mapping: YAMLNode.Mapping) -> [String: YAMLNode] {
        var values: [String: YAMLNode] = [:]
        for (key, value) in mapping {
            if let name = key.scalar?.string, values[name] == nil { values[name] = value }
        }
        return values
    }
}

extension String {
    /// The text without `_` digit separators (`1_000_000`).
    fileprivate var replacingUnderscores: String { filter { $0 != "_" } }
}
