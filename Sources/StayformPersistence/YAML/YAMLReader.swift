/// Reads the YAML that form packs and themes are written in: block and flow mappings and lists,
/// plain, quoted, literal (`|`) and folded (`>`) scalars, comments, one document.
///
/// Anchors, aliases, tags, directives and complex keys are refused with a message saying so:
/// stayform's files do not use them, and a reader that does not have them cannot be made to
/// expand an alias a billion times. Every scalar stays the text written. Nesting is limited
/// (`depthLimit`), so a hostile file cannot exhaust the stack; every error has a line and a
/// column.
///
///     let root = try YAMLReader.parse("title: { en: Passport, id: Paspor }\n")
///     root?.mapping?["title"]?.mapping?["id"]?.string   // "Paspor"
struct YAMLReader {
    /// How deep lists and mappings may nest.
    static let depthLimit = 100

    /// The document in `text`, or `nil` when it holds nothing but comments and blank lines.
    static func parse(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        var reader = YAMLReader(text)
        return try reader.document()
    }

    /// The file's UTF-8, line breaks normalised to `\n`, without a byte-order mark.
    let bytes: [UInt8]
    /// Where each line starts in `bytes`.
    let lineStarts: [Int]
    /// The next byte to read.
    var index = 0
    /// How many lists and mappings enclose the node being read.
    var depth = 0
    /// The last position `mark(at:)` counted: its offset, line index and characters from the
    /// line's start.
    private var lastMark: (offset: Int, line: Int, characters: Int)?

    private init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var utf8 = text.utf8[...]
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = utf8.dropFirst(3) }
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "\r") {
                bytes.append(UInt8(ascii: "\n"))
            } else if !(byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) {
                bytes.append(byte)
            }
            previous = byte
        }
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.bytes = bytes
        self.lineStarts = starts
    }

    // MARK: Document

    private mutating func document() throws(YAMLSyntaxError) -> YAMLNode? {
        try refuseControlCharacters()
        try skipBlank()
        if byte == UInt8(ascii: "%") { throw failure(.unsupportedFeature("%")) }
        if isDocumentMarker("---") {
            index += 3
            try skipBlank()
        }
        guard !isAtEnd, !isDocumentMarker("...") else { return nil }
        let root = try blockNode(parentIndent: -1)
        try finishLine()
        try skipBlank()
        if isDocumentMarker("...") {
            index += 3
            try finishLine()
            try skipBlank()
        }
        if isDocumentMarker("---") { throw failure(.secondDocument) }
        if !isAtEnd { throw failure(column == 0 ? .expectedKey : .badIndentation) }
        return root
    }

    /// Refuses C0 and C1 control characters other than tab and line break, and DEL: YAML does
    /// not allow them, and text shown on a terminal must not carry them.
    private mutating func refuseControlCharacters() throws(YAMLSyntaxError) {
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            var code: UInt32?
            if byte < 0x20, byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\n") {
                code = UInt32(byte)
            } else if byte == 0x7F {
                code = 0x7F
            } else if byte == 0xC2, offset + 1 < bytes.count, (0x80...0x9F).contains(bytes[offset + 1]) {
                code = UInt32(bytes[offset + 1])
            }
            if let code {
                let hex = String(code, radix: 16, uppercase: true)
                throw YAMLSyntaxError(
                    problem: .controlCharacter("U+" + String(repeating: "0", count: 4 - hex.count) + hex),
                    mark: mark(at: offset))
            }
            offset += 1
        }
    }

    // MARK: Block structure

    /// The node starting at the current byte (content, after `skipBlank`), inside a block
    /// collection indented `parentIndent` (-1 at the top).
    mutating func blockNode(parentIndent: Int) throws(YAMLSyntaxError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.depthLimit else { throw failure(.nestedTooDeeply) }
        let indent = column
        switch byte {
        case UInt8(ascii: "-") where isBlank(at: index + 1):
            return try blockSequence(indent: indent)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return try flowCollection()
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return try blockScalar(parentIndent: parentIndent)
        default:
            try refuseUnsupported()
            if try isMappingKeyAhead() { return try blockMapping(indent: indent) }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return try quotedScalar() }
            return try plainScalar(parentIndent: parentIndent, inFlow: false)
        }
    }

    /// A block mapping whose keys start at `indent`.
    private mutating func blockMapping(indent: Int) throws(YAMLSyntaxError) -> YAMLNode {
        let start = mark(at: index)
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        var keys: Set<String> = []
        while true {
            guard try isMappingKeyAhead() else {
                throw failure(byte == UInt8(ascii: "-") && isBlank(at: index + 1) ? .badIndentation : .expectedKey)
            }
            let key = try mappingKey()
            index += 1  // the `:`
            let value = try blockMappingValue(indent: indent)
            guard keys.insert(key.string ?? "").inserted else {
                throw YAMLSyntaxError(problem: .duplicateKey(key.string ?? ""), mark: key.mark)
            }
            entries.append((key, value))
            try finishLine()
            try skipBlank()
            if isAtEnd || isAtDocumentMarker || column < indent { break }
            if column > indent { throw failure(.badIndentation) }
        }
        return YAMLNode(content: .mapping(YAMLNode.Mapping(entries: entries)), mark: start)
    }

    /// The value after a block mapping's `key:`.
    private mutating func blockMappingValue(indent: Int) throws(YAMLSyntaxError) -> YAMLNode {
        let here = mark(at: index)  // where an empty value is, as libyaml places it
        skipSpaces()
        if isAtEnd || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "#") {
            try skipBlank()
            let onNextLine = !isAtEnd && !isAtDocumentMarker
            if onNextLine, column > indent { return try blockNode(parentIndent: indent) }
            if onNextLine, column == indent, byte == UInt8(ascii: "-"), isBlank(at: index + 1) {
                return try blockSequence(indent: indent)
            }
            return YAMLNode(content: .scalar(YAMLScalar(string: "", style: .plain)), mark: here)
        }
        if byte == UInt8(ascii: "-"), isBlank(at: index + 1) { throw failure(.unexpected("-")) }
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return try flowCollection()
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return try blockScalar(parentIndent: indent)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let value = try quotedScalar()
            skipSpaces()
            if byte == UInt8(ascii: ":") { throw failure(.colonInPlainValue) }
            return value
        default:
            try refuseUnsupported()
            return try plainScalar(parentIndent: indent, inFlow: false)
        }
    }

    /// A block list whose `-` marks stand at `indent`.
    private mutating func blockSequence(indent: Int) throws(YAMLSyntaxError) -> YAMLNode {
        let start = mark(at: index)
        var items: [YAMLNode] = []
        while true {
            let dash = mark(at: index)
            index += 1  // the `-`
            skipSpaces()
            if isAtEnd || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "#") {
                try skipBlank()
                if !isAtEnd, !isAtDocumentMarker, column > indent {
                    items.append(try blockNode(parentIndent: indent))
                } else {
                    items.append(YAMLNode(content: .scalar(YAMLScalar(string: "", style: .plain)), mark: dash))
                }
            } else {
                items.append(try blockNode(parentIndent: indent))
            }
            try finishLine()
            try skipBlank()
            if isAtEnd || isAtDocumentMarker || column < indent { break }
            if column > indent { throw failure(.badIndentation) }
            guard byte == UInt8(ascii: "-"), isBlank(at: index + 1) else { break }
        }
        return YAMLNode(content: .sequence(items), mark: start)
    }

    /// Whether the current line, from here, starts with `key:` (a plain or quoted key, then `:`
    /// and a space or the line's end).
    private func isMappingKeyAhead() throws(YAMLSyntaxError) -> Bool {
        var offset = index
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            let quote = bytes[offset]
            offset += 1
            while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
                if quote == UInt8(ascii: "\"") && bytes[offset] == UInt8(ascii: "\\") {
                    offset += 2
                    continue
                }
                if bytes[offset] == quote {
                    if quote == UInt8(ascii: "'"), offset + 1 < bytes.count, bytes[offset + 1] == quote {
                        offset += 2
                        continue
                    }
                    break
                }
                offset += 1
            }
            guard offset < bytes.count, bytes[offset] == quote else { return false }
            offset += 1
            while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
                offset += 1
            }
            return offset < bytes.count && bytes[offset] == UInt8(ascii: ":") && isBlank(at: offset + 1)
        }
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
            let current = bytes[offset]
            if current == UInt8(ascii: ":"), isBlank(at: offset + 1) { return offset > index }
            if current == UInt8(ascii: "#"), offset > index, isSpace(bytes[offset - 1]) { return false }
            offset += 1
        }
        return false
    }

    /// The key of a block mapping entry (the reader stops at its `:`).
    private mutating func mappingKey() throws(YAMLSyntaxError) -> YAMLNode {
        try refuseUnsupported()
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: ">"):
            // A list, mapping or block text as a key: a complex key.
            throw failure(.unsupportedFeature("?"))
        default:
            break
        }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            let key = try quotedScalar()
            skipSpaces()
            return key
        }
        let start = index
        let startMark = mark(at: index)
        while !(bytes[index] == UInt8(ascii: ":") && isBlank(at: index + 1)) { index += 1 }
        var end = index
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return YAMLNode(content: .scalar(YAMLScalar(string: text, style: .plain)), mark: startMark)
    }

    /// Refuses an anchor, alias, tag or complex key at the current byte.
    mutating func refuseUnsupported() throws(YAMLSyntaxError) {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
            throw failure(.unsupportedFeature(Character(Unicode.Scalar(byte!))))
        case UInt8(ascii: "?") where isBlank(at: index + 1):
            throw failure(.unsupportedFeature("?"))
        case UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","),
            UInt8(ascii: "%"):
            throw failure(.unexpected(Character(Unicode.Scalar(byte!))))
        default:
            return
        }
    }

    // MARK: Moving through the text

    /// The current byte; `nil` at the end.
    var byte: UInt8? { index < bytes.count ? bytes[index] : nil }

    var isAtEnd: Bool { index >= bytes.count }

    /// The current byte's offset from the start of its line: a block node's indentation.
    var column: Int { index - lineStart(of: index) }

    func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// Whether `offset` is a space, a tab, a line break or the end.
    func isBlank(at offset: Int) -> Bool {
        offset >= bytes.count || isSpace(bytes[offset]) || bytes[offset] == UInt8(ascii: "\n")
    }

    /// Whether `marker` (`---` or `...`) starts the current line here, alone or before a space.
    func isDocumentMarker(_ marker: StaticString) -> Bool {
        isAtDocumentMarker && bytes[index] == marker.utf8Start.pointee
    }

    /// Whether a document marker (`---` or `...`) starts the current line here.
    var isAtDocumentMarker: Bool { column == 0 && isDocumentMarker(at: index) }

    /// Whether `---` or `...`, alone or before a space, is at `offset`.
    func isDocumentMarker(at offset: Int) -> Bool {
        guard offset + 3 <= bytes.count else { return false }
        let three = bytes[offset..<(offset + 3)]
        return (three.elementsEqual("---".utf8) || three.elementsEqual("...".utf8)) && isBlank(at: offset + 3)
    }

    mutating func skipSpaces() {
        while let current = byte, isSpace(current) { index += 1 }
    }

    /// Skips a comment (`#` to the end of the line), if one starts here.
    mutating func skipComment() {
        guard byte == UInt8(ascii: "#") else { return }
        while let current = byte, current != UInt8(ascii: "\n") { index += 1 }
    }

    /// Skips spaces, comments and line breaks up to the next content. Content that starts a
    /// line must be indented with spaces only.
    mutating func skipBlank() throws(YAMLSyntaxError) {
        while true {
            skipSpaces()
            skipComment()
            guard byte == UInt8(ascii: "\n") else { break }
            index += 1
        }
        guard !isAtEnd else { return }
        let start = lineStart(of: index)
        let indentation = bytes[start..<index]
        if indentation.allSatisfy(isSpace), let tab = indentation.firstIndex(of: UInt8(ascii: "\t")) {
            throw YAMLSyntaxError(problem: .tabIndentation, mark: mark(at: tab))
        }
    }

    /// Skips what may follow a complete value on its line (spaces, a comment); anything else
    /// is an error.
    mutating func finishLine() throws(YAMLSyntaxError) {
        // A nested list or mapping ends at the next line's content: nothing is left on its line.
        if bytes[lineStart(of: index)..<index].allSatisfy({ $0 == UInt8(ascii: " ") }) { return }
        skipSpaces()
        skipComment()
        guard isAtEnd || byte == UInt8(ascii: "\n") else {
            throw failure(byte == UInt8(ascii: ":") ? .colonInPlainValue : .textAfterValue)
        }
    }

    /// Where the line holding `offset` starts.
    func lineStart(of offset: Int) -> Int {
        lineStarts[lineIndex(of: offset)]
    }

    private func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The line and column of `offset`, columns counted in characters. Counted on from the
    /// last mark when it is earlier on the same line, so the thousands of values of a list
    /// written on one line cost one pass over it, not one each.
    mutating func mark(at offset: Int) -> YAMLMark {
        let offset = min(offset, bytes.count)
        let line = lineIndex(of: offset)
        var from = lineStarts[line]
        var characters = 0
        if let last = lastMark, last.line == line, last.offset <= offset {
            from = last.offset
            characters = last.characters
        }
        for byte in bytes[from..<offset] where byte & 0xC0 != 0x80 { characters += 1 }
        lastMark = (offset, line, characters)
        return YAMLMark(line: line + 1, column: characters + 1)
    }

    /// `problem` at the current byte.
    mutating func failure(_ problem: YAMLSyntaxError.Problem) -> YAMLSyntaxError {
        YAMLSyntaxError(problem: problem, mark: mark(at: index), isAtEnd: isAtEnd)
    }
}
