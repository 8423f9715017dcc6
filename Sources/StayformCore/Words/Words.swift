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
    /// The names of the months, January first, and their short forms (`date.months`,
    /// `date.months.short`).
    let months: [String]
    let shortMonths: [String]

    /// The words of a catalog's UTF-8 text.
    ///
    /// One entry per line, `key = text`; `#` starts a comment line; `\n` in a text is a line
    /// break, `\\` a backslash; a text keeps no leading or trailing blanks. Read byte by byte
    /// (keys are ASCII): it runs at every start, before the first paint.
    init(language: Language, catalog: [UInt8]) {
        var texts: [String: String] = [:]
        texts.reserveCapacity(catalog.count / 64)
        var problems: [String] = []
        var lineStart = 0
        var number = 0
        while lineStart < catalog.count {
            number += 1
            let lineEnd = catalog[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? catalog.count
            defer { lineStart = lineEnd + 1 }
            let line = Words.trimmed(catalog[lineStart..<lineEnd])
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            guard let equals = line.firstIndex(of: UInt8(ascii: "=")) else {
                problems.append("line \(number): no `=` between key and text")
                continue
            }
            let keyBytes = Words.trimmed(line[..<equals])
            guard !keyBytes.isEmpty, keyBytes.allSatisfy(Words.isKeyByte) else {
                problems.append("line \(number): a key is letters, digits, `.` and `-`")
                continue
            }
            let key = String(decoding: keyBytes, as: UTF8.self)
            let text = Words.unescaped(Words.trimmed(line[(equals + 1)...]))
            if texts.updateValue(text, forKey: key) != nil { problems.append("line \(number): `\(key)` appears twice") }
        }
        self.language = language
        self.texts = texts
        self.problems = problems
        // Split once here: dates are written for many findings on every keystroke.
        months = Words.text("date.months", in: texts, language: language).split(separator: "|").map(String.init)
        shortMonths = Words.text("date.months.short", in: texts, language: language).split(separator: "|").map(String.init)
    }

    /// Every key of the catalog.
    public var keys: Set<String> { Set(texts.keys) }

    /// The text of `key`, with no values put in.
    public subscript(_ key: String) -> String {
        Words.text(key, in: texts, language: language)
    }

    /// The text of `key` in `texts`, a catalog of `language`: else English, else the key.
    private static func text(_ key: String, in texts: [String: String], language: Language) -> String {
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

    static let english = Words(language: .english, catalog: PackageResources.en_catalog)
    static let indonesian = Words(language: .indonesian, catalog: PackageResources.id_catalog)

    static func filling(_ template: String, with values: [String: String]) -> String {
        guard !values.isEmpty else { return template }
        return filling(template) { values[String($0)] }
    }

    /// `template` with each `{name}` replaced by `value(name)`, kept as it is where that is `nil`.
    ///
    /// The braces are ASCII, so they are found byte by byte: findings are worded this way on
    /// every keystroke. An unclosed `{` and what follows it stay as they are.
    static func filling(_ template: String, value: (Substring) -> String?) -> String {
        let bytes = template.utf8
        guard var open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return template }
        var result = ""
        var copied = bytes.startIndex
        while let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            result += template[copied..<open]
            if let filled = value(template[bytes.index(after: open)..<close]) {
                result += filled
            } else {
                result += template[open...close]
            }
            copied = bytes.index(after: close)
            guard let next = bytes[copied...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = next
        }
        return result + template[copied...]
    }

    /// A catalog text as written: `\\n` is a line break, a backslash keeps the next character as it is.
    private static func unescaped(_ bytes: ArraySlice<UInt8>) -> String {
        let backslash = UInt8(ascii: "\\")
        guard bytes.contains(backslash) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                result.append(byte == UInt8(ascii: "n") ? UInt8(ascii: "\n") : byte)
                escaping = false
            } else if byte == backslash {
                escaping = true
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// `bytes` without leading and trailing spaces, tabs and carriage returns.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }),
            let last = bytes.lastIndex(where: { !isBlank($0) })
        else { return [] }
        return bytes[first...last]
    }
}
