import StayformCore

/// Finds where in a draft's JSON text something is wrong, to name a line and column: the first
/// syntax error, or the value at a coding path that failed to decode.
///
/// Problems are described without quoting the text: drafts hold personal data.
struct DraftJSONLocator {
    /// A place in the text and what is wrong there.
    struct Problem: Error, Equatable {
        var offset: Int
        var message: Phrase
    }

    /// One step of a coding path: an object member or an array index.
    enum Step: Equatable {
        case member(String)
        case index(Int)
    }

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

    /// The first syntax error in `bytes`, or `nil` when they are one well-formed JSON value.
    static func syntaxProblem(in bytes: [UInt8]) -> Problem? {
        var scanner = DraftJSONLocator(bytes: bytes, target: nil)
        do {
            try scanner.scanDocument()
            return nil
        } catch {
            return error
        }
    }

    /// The offset where the value at `path` starts, if the text is well formed and has it.
    static func offset(of path: [Step], in bytes: [UInt8]) -> Int? {
        var scanner = DraftJSONLocator(bytes: bytes, target: path)
        do {
            try scanner.scanDocument()
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

    private mutating func scanDocument() throws(Problem) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw Problem(offset: 0, message: Phrase { words in words["load.json.byte-order-mark"] })
        }
        skipWhitespace()
        if index == bytes.count { throw Problem(offset: index, message: Phrase { words in words["load.json.empty"] }) }
        try scanValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw Problem(offset: index, message: Phrase { words in words["load.json.trailing-text"] })
        }
    }

    private mutating func scanValue(depth: Int) throws(Problem) {
        if path == target, found == nil { found = index }
        guard depth < Self.maximumDepth else { throw Problem(offset: index, message: Phrase { words in words["load.json.too-deep"] }) }
        guard let byte = peek() else { throw cutShort() }
        switch byte {
        case UInt8(ascii: "{"): try scanObject(depth: depth)
        case UInt8(ascii: "["): try scanArray(depth: depth)
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "t"): try scanLiteral("true")
        case UInt8(ascii: "f"): try scanLiteral("false")
        case UInt8(ascii: "n"): try scanLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
        default: throw Problem(offset: index, message: Phrase { words in words["load.json.expected-value"] })
        }
    }

    private mutating func scanObject(depth: Int) throws(Problem) {
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        var names: Set<String> = []
        while true {
            skipWhitespace()
            guard let byte = peek() else { throw cutShort() }
            guard byte == UInt8(ascii: "\"") else {
                throw Problem(offset: index, message: Phrase { words in words["load.json.expected-name"] })
            }
            let nameOffset = index
            let name = try scanString()
            guard names.insert(name).inserted else {
                let shown = String(name.prefix(60))
                throw Problem(offset: nameOffset, message: Phrase { words in
                    words("load.json.duplicate-member", ["name": shown])
                })
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), Phrase { words in words["load.json.expected-colon"] })
            skipWhitespace()
            path.append(.member(name))
            try scanValue(depth: depth + 1)
            path.removeLast()
            skipWhitespace()
            guard let next = peek() else { throw cutShort() }
            index += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else {
                throw Problem(offset: index - 1, message: Phrase { words in words["load.json.expected-comma-brace"] })
            }
        }
    }

    private mutating func scanArray(depth: Int) throws(Problem) {
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        var element = 0
        while true {
            skipWhitespace()
            path.append(.index(element))
            try scanValue(depth: depth + 1)
            path.removeLast()
            element += 1
            skipWhitespace()
            guard let next = peek() else { throw cutShort() }
            index += 1
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else {
                throw Problem(offset: index - 1, message: Phrase { words in words["load.json.expected-comma-bracket"] })
            }
        }
    }

    private mutating func scanString() throws(Problem) -> String {
        let start = index
        index += 1
        while let byte = peek() {
            // Work on a string stops at the value limit: a 10 MB name is refused at once.
            guard index - start - 1 <= ReadKind.valueLimit else {
                throw Problem(offset: start, message: Phrase { words in
                    words("load.json.string-too-long", ["limit": words.size(ReadKind.valueLimit)])
                })
            }
            switch byte {
            case UInt8(ascii: "\""):
                let content = bytes[(start + 1)..<index]
                index += 1
                guard let text = String(validating: content, as: UTF8.self) else {
                    throw Problem(offset: start, message: Phrase { words in words["load.json.string-not-utf8"] })
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard let escaped = peek() else { throw cutShort() }
                if escaped == UInt8(ascii: "u") {
                    let escape = index - 1
                    let unit = try scanUnicodeEscape()
                    if (0xD800...0xDBFF).contains(unit) {
                        guard bytes[index...].starts(with: Array("\\u".utf8)) else { throw loneSurrogate(at: escape) }
                        index += 1
                        guard (0xDC00...0xDFFF).contains(try scanUnicodeEscape()) else { throw loneSurrogate(at: escape) }
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        throw loneSurrogate(at: escape)
                    }
                } else if Array("\"\\/bfnrt".utf8).contains(escaped) {
                    index += 1
                } else {
                    throw Problem(offset: index - 1, message: Phrase { words in words["load.json.invalid-escape"] })
                }
            case 0..<0x20:
                throw Problem(offset: index, message: Phrase { words in words["load.json.control-character"] })
            default:
                index += 1
            }
        }
        throw cutShort()
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

    private mutating func scanNumber() throws(Problem) {
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
        guard Double(text)?.isFinite ?? false else {
            throw Problem(offset: start, message: Phrase { words in words["load.json.number-too-large"] })
        }
    }

    private mutating func scanLiteral(_ literal: String) throws(Problem) {
        for expected in literal.utf8 {
            guard let byte = peek() else { throw cutShort() }
            guard byte == expected else {
                throw Problem(offset: index, message: Phrase { words in words["load.json.expected-value"] })
            }
            index += 1
        }
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
