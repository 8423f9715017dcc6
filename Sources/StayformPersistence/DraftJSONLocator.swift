import StayformCore

/// Reads a draft's JSON text into a `JSONValue`, and finds where in it something is wrong, to
/// name a line and column: the first syntax error, or the value at a path that is not what a
/// draft holds there.
///
/// Problems are described without quoting the text: drafts hold personal data.
struct DraftJSONLocator {
    /// A place in the text and what is wrong there.
    struct Problem: Error, Equatable {
        var offset: Int
        var message: Phrase
    }

    /// One step of a path: an object member or an array index.
    typealias Step = DraftShapeProblem.Step

    private let bytes: [UInt8]
    private var index = 0
    private var path: [Step] = []
    private var target: [Step]?
    private var found: Int?
    private static let maximumDepth = 256

    private init(bytes: [UInt8], target: [Step]?) {
        self.bytes = bytes
        self.target = target
    }

    /// The JSON value `bytes` hold; throws the first syntax error.
    ///
    /// A number without a fraction or an exponent that fits in an `Int` is an `.integer`, any
    /// other a `.number`.
    static func value(in bytes: [UInt8]) throws(Problem) -> JSONValue {
        var scanner = DraftJSONLocator(bytes: bytes, target: nil)
        return try scanner.scanDocument()
    }

    /// The offset where the value at `path` starts, if the text is well formed and has it.
    static func offset(of path: [Step], in bytes: [UInt8]) -> Int? {
        var scanner = DraftJSONLocator(bytes: bytes, target: path)
        do {
            _ = try scanner.scanDocument()
        } catch {
            return nil
        }
        return scanner.found
    }

    /// Line and column (from 1; the column counts characters, not bytes) of `offset`.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private mutating func scanDocument() throws(Problem) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw Problem(offset: 0, message: Phrase { words in words["load.json.byte-order-mark"] })
        }
        skipWhitespace()
        if index == bytes.count { throw Problem(offset: index, message: Phrase { words in words["load.json.empty"] }) }
        let value = try scanValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw Problem(offset: index, message: Phrase { words in words["load.json.trailing-text"] })
        }
        return value
    }

    private mutating func scanValue(depth: Int) throws(Problem) -> JSONValue {
        if path == target, found == nil { found = index }
        guard depth < Self.maximumDepth else { throw Problem(offset: index, message: Phrase { words in words["load.json.too-deep"] }) }
        guard let byte = peek() else { throw cutShort() }
        switch byte {
        case UInt8(ascii: "{"): return .object(try scanObject(depth: depth))
        case UInt8(ascii: "["): return .array(try scanArray(depth: depth))
        case UInt8(ascii: "\""): return .string(try scanString())
        case UInt8(ascii: "t"): return try scanLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try scanLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try scanLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try scanNumber()
        default: throw Problem(offset: index, message: Phrase { words in words["load.json.expected-value"] })
        }
    }

    private mutating func scanObject(depth: Int) throws(Problem) -> [String: JSONValue] {
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return [:]
        }
        var members: [String: JSONValue] = [:]
        while true {
            skipWhitespace()
            guard let byte = peek() else { throw cutShort() }
            guard byte == UInt8(ascii: "\"") else {
                throw Problem(offset: index, message: Phrase { words in words["load.json.expected-name"] })
            }
            let nameOffset = index
            let name = try scanString()
            guard members[name] == nil else {
                let shown = String(name.prefix(60))
                throw Problem(offset: nameOffset, message: Phrase { words in
                    words("load.json.duplicate-member", ["name": shown])
                })
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), Phrase { words in words["load.json.expected-colon"] })
            skipWhitespace()
            path.append(.member(name))
            members[name] = try scanValue(depth: depth + 1)
            path.removeLast()
            skipWhitespace()
            guard let next = peek() else { throw cutShort() }
            index += 1
            if next == UInt8(ascii: "}") { return members }
            guard next == UInt8(ascii: ",") else {
                throw Problem(offset: index - 1, message: Phrase { words in words["load.json.expected-comma-brace"] })
            }
        }
    }

    private mutating func scanArray(depth: Int) throws(Problem) -> [JSONValue] {
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return []
        }
        var elements: [JSONValue] = []
        while true {
            skipWhitespace()
            path.append(.index(elements.count))
            elements.append(try scanValue(depth: depth + 1))
            path.removeLast()
            skipWhitespace()
            guard let next = peek() else { throw cutShort() }
            index += 1
            if next == UInt8(ascii: "]") { return elements }
            guard next == UInt8(ascii: ",") else {
                throw Problem(offset: index - 1, message: Phrase { words in words["load.json.expected-comma-bracket"] })
            }
        }
    }

    /// The text of the string at `index`, its escapes decoded.
    private mutating func scanString() throws(Problem) -> String {
        let start = index
        index += 1
        // The text read so far once an escape is met; until then the string is a slice of `bytes`.
        var decoded: [UInt8]?
        var runStart = index
        while let byte = peek() {
            // Work on a string stops at the value limit: a 10 MB name is refused at once.
            guard index - start - 1 <= ReadKind.valueLimit else {
                throw Problem(offset: start, message: Phrase { words in
                    words("load.json.string-too-long", ["limit": words.size(ReadKind.valueLimit)])
                })
            }
            switch byte {
            case UInt8(ascii: "\""):
                decoded?.append(contentsOf: bytes[runStart..<index])
                let content = bytes[(start + 1)..<index]
                index += 1
                let text = if let decoded { String(validating: decoded, as: UTF8.self) }
                    else { String(validating: content, as: UTF8.self) }
                guard let text else {
                    throw Problem(offset: start, message: Phrase { words in words["load.json.string-not-utf8"] })
                }
                return text
            case UInt8(ascii: "\\"):
                var text = decoded ?? []
                text.append(contentsOf: bytes[runStart..<index])
                index += 1
                guard let escaped = peek() else { throw cutShort() }
                if escaped == UInt8(ascii: "u") {
                    try appendUnicodeEscape(to: &text)
                } else if let replacement = Self.escapes[escaped] {
                    text.append(replacement)
                    index += 1
                } else {
                    throw Problem(offset: index - 1, message: Phrase { words in words["load.json.invalid-escape"] })
                }
                decoded = text
                runStart = index
            case 0..<0x20:
                throw Problem(offset: index, message: Phrase { words in words["load.json.control-character"] })
            default:
                index += 1
            }
        }
        throw cutShort()
    }

    /// The byte each one-letter escape stands for (`\n` is a line feed).
    private static let escapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    /// Appends the UTF-8 of the `\uXXXX` escape (with `index` on the `u`), or of the surrogate
    /// pair it starts.
    private mutating func appendUnicodeEscape(to text: inout [UInt8]) throws(Problem) {
        let escape = index - 1
        var scalar = try scanUnicodeEscape()
        if (0xD800...0xDBFF).contains(scalar) {
            guard bytes[index...].starts(with: Array("\\u".utf8)) else { throw loneSurrogate(at: escape) }
            index += 1
            let low = try scanUnicodeEscape()
            guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(at: escape) }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            throw loneSurrogate(at: escape)
        }
        guard let character = Unicode.Scalar(scalar) else { throw loneSurrogate(at: escape) }
        text.append(contentsOf: String(character).utf8)
    }

    /// The four hex digits after `\u` (with `index` on the `u`), as a UTF-16 code unit.
    private mutating func scanUnicodeEscape() throws(Problem) -> UInt32 {
        var unit: UInt32 = 0
        for offset in 1...4 {
            guard index + offset < bytes.count else { throw cutShort() }
            let byte = bytes[index + offset]
            guard isHexDigit(byte) else {
                throw Problem(offset: index - 1, message: Phrase { words in words["load.json.short-escape"] })
            }
            unit = unit << 4 + UInt32(isDigit(byte) ? byte - UInt8(ascii: "0") : (byte | 0x20) - UInt8(ascii: "a") + 10)
        }
        index += 5
        return unit
    }

    private func loneSurrogate(at offset: Int) -> Problem {
        Problem(offset: offset, message: Phrase { words in words["load.json.lone-surrogate"] })
    }

    private mutating func scanNumber() throws(Problem) -> JSONValue {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), isDigit(first) else { throw Problem(offset: start, message: Phrase { words in words["load.json.invalid-number"] }) }
        index += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let digit = peek(), isDigit(digit) else { throw Problem(offset: start, message: Phrase { words in words["load.json.invalid-number"] }) }
            skipDigits()
        }
        if let exponent = peek(), exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            index += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
            guard let digit = peek(), isDigit(digit) else { throw Problem(offset: start, message: Phrase { words in words["load.json.invalid-number"] }) }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw Problem(offset: start, message: Phrase { words in words["load.json.number-too-large"] })
        }
        let isWhole = !bytes[start..<index].contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
        if isWhole, let integer = Int(text) { return .integer(integer) }
        return .number(number)
    }

    private mutating func scanLiteral(_ literal: String, _ value: JSONValue) throws(Problem) -> JSONValue {
        for expected in literal.utf8 {
            guard let byte = peek() else { throw cutShort() }
            guard byte == expected else {
                throw Problem(offset: index, message: Phrase { words in words["load.json.expected-value"] })
            }
            index += 1
        }
        return value
    }

    private mutating func expect(_ byte: UInt8, _ message: Phrase) throws(Problem) {
        guard let actual = peek() else { throw cutShort() }
        guard actual == byte else { throw Problem(offset: index, message: message) }
        index += 1
    }

    private mutating func skipWhitespace() {
        while let byte = peek(),
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\t")
        {
            index += 1
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { index += 1 }
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }
    private func cutShort() -> Problem {
        Problem(offset: bytes.count, message: Phrase { words in words["load.json.cut-short"] })
    }
}
