/// The program's own words in one language, read from its catalog
/// (`Sources/StayformCore/Words/Catalogs/<code>.catalog`, built into the program).
///
/// A text is found by its key; `{name}` in it is replaced by the value given for `name`:
///
///     let words = Language.indonesian.words
///     words["wizard.status.saved"]                              // "Tersimpan"
///     words("wizard.status.findings", ["count": "3"])           // "3 masalah"
///     words.counted("check.problems", 1)                        // "1 problem" (en: `.one`)
///
/// A key the catalog lacks falls back to English, then to the key itself, so a missing word
/// never stops the program; a test keeps both catalogs complete and every key used.
public struct Words: Sendable {
    /// The language of these words.
    public let language: Language
    /// The texts by key.
    let texts: [String: String]
    /// Lines of the catalog that could not be read, with their line numbers.
    public let problems: [String]

    /// The words of a catalog's text.
    ///
    /// One entry per line, `key = text`; `#` starts a comment line; `\n` in a text is a line
    /// break, `\\` a backslash; a text keeps no leading or trailing blanks.
    init(language: Language, catalog: String) {
        var texts: [String: String] = [:]
        var problems: [String] = []
        for (number, line) in catalog.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingWhitespace
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                problems.append("line \(number + 1): no `=` between key and text")
                continue
            }
            let key = trimmed[..<equals].trimmingWhitespace
            let text = Words.unescaped(trimmed[trimmed.index(after: equals)...].trimmingWhitespace)
            guard !key.isEmpty, key.allSatisfy(Words.isKeyCharacter) else {
                problems.append("line \(number + 1): a key is letters, digits, `.` and `-`")
                continue
            }
            if texts[key] != nil { problems.append("line \(number + 1): `\(key)` appears twice") }
            texts[key] = text
        }
        self.language = language
        self.texts = texts
        self.problems = problems
    }

    /// Every key of the catalog.
    public var keys: Set<String> { Set(texts.keys) }

    /// The text of `key`, with no values put in.
    public subscript(_ key: String) -> String {
        texts[key] ?? (language == .english ? key : Words.english[key])
    }

    /// The text of `key` with each `{name}` replaced by `values[name]`.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        Words.filling(self[key], with: values)
    }

    /// The text of `key.one` when `count` is 1, else of `key.other`, with `{count}` and `values`
    /// put in.
    public func counted(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        var all = values
        all["count"] = String(count)
        return self(count == 1 ? key + ".one" : key + ".other", all)
    }

    static let english = Words(
        language: .english, catalog: String(decoding: PackageResources.en_catalog, as: UTF8.self))
    static let indonesian = Words(
        language: .indonesian, catalog: String(decoding: PackageResources.id_catalog, as: UTF8.self))

    static func filling(_ template: String, with values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    private static func isKeyCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "-")
    }
}
