extension YAMLReader {
    /// A plain (unquoted) scalar. Lines after the first continue it when indented more than
    /// `parentIndent` (in a flow collection, any line that does not start with a bracket or a
    /// comma), folded as YAML says: one line break becomes a space, each empty line a `\n`.
    mutating func plainScalar(parentIndent: Int, inFlow: Bool) throws(YAMLSyntaxError) -> YAMLNode {
        let start = mark(at: index)
        var text: [UInt8] = []
        while true {
            let segmentStart = index
            var end = index
            scanning: while index < bytes.count {
                let current = bytes[index]
                switch current {
                case UInt8(ascii: "\n"):
                    break scanning
                case UInt8(ascii: "#") where index > segmentStart && isSpace(bytes[index - 1]):
                    break scanning
                case UInt8(ascii: ":") where isBlank(at: index + 1) || (inFlow && isFlowIndicator(at: index + 1)):
                    if inFlow { break scanning }
                    throw failure(.colonInPlainValue)
                case _ where inFlow && isFlowIndicator(at: index):
                    break scanning
                default:
                    index += 1
                    if !isSpace(current) { end = index }
                }
            }
            text.append(contentsOf: bytes[segmentStart..<end])
            guard byte == UInt8(ascii: "\n"), let next = continuation(after: index, parentIndent: parentIndent, inFlow: inFlow)
            else { break }
            if next.emptyLines == 0 {
                text.append(UInt8(ascii: " "))
            } else {
                text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: next.emptyLines))
            }
            index = next.content
        }
        return YAMLNode(content: .scalar(YAMLScalar(string: String(decoding: text, as: UTF8.self), style: .plain)), mark: start)
    }

    /// Where a plain scalar's next line starts, when the line break at `offset` continues it;
    /// with the number of empty lines in between.
    private func continuation(after offset: Int, parentIndent: Int, inFlow: Bool) -> (content: Int, emptyLines: Int)? {
        var lineStart = offset + 1
        var emptyLines = 0
        while lineStart < bytes.count {
            var position = lineStart
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count else { return nil }
            if bytes[position] == UInt8(ascii: "\n") {
                emptyLines += 1
                lineStart = position + 1
                continue
            }
            let indentation = bytes[lineStart..<position]
            if bytes[position] == UInt8(ascii: "#") { return nil }
            if inFlow {
                return isFlowIndicator(at: position) || bytes[position] == UInt8(ascii: ":") ? nil : (position, emptyLines)
            }
            guard indentation.allSatisfy({ $0 == UInt8(ascii: " ") }), position - lineStart > parentIndent else { return nil }
            if position == lineStart, isDocumentMarker(at: position) { return nil }
            return (position, emptyLines)
        }
        return nil
    }

    /// Whether the byte at `offset` is `,`, `[`, `]`, `{` or `}`.
    func isFlowIndicator(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        switch bytes[offset] {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): return true
        default: return false
        }
    }

    /// A single- or double-quoted scalar, which may span lines (folded like a plain one).
    mutating func quotedScalar() throws(YAMLSyntaxError) -> YAMLNode {
        let start = mark(at: index)
        let quote = bytes[index]
        let isDouble = quote == UInt8(ascii: "\"")
        index += 1
        var text: [UInt8] = []
        var pendingSpace: [UInt8] = []
        while true {
            guard index < bytes.count else { throw failure(.unclosedQuote) }
            let current = bytes[index]
            switch current {
            case quote:
                if !isDouble, index + 1 < bytes.count, bytes[index + 1] == quote {
                    text.append(contentsOf: pendingSpace)
                    pendingSpace = []
                    text.append(quote)
                    index += 2
                    continue
                }
                index += 1
                text.append(contentsOf: pendingSpace)
                let style: YAMLScalar.Style = isDouble ? .doubleQuoted : .singleQuoted
                return YAMLNode(content: .scalar(YAMLScalar(string: String(decoding: text, as: UTF8.self), style: style)), mark: start)
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                pendingSpace.append(current)
                index += 1
            case UInt8(ascii: "\n"):
                pendingSpace = []
                let emptyLines = skipLineBreaksInQuote()
                if emptyLines == 0 {
                    text.append(UInt8(ascii: " "))
                } else {
                    text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: emptyLines))
                }
            case UInt8(ascii: "\\") where isDouble:
                text.append(contentsOf: pendingSpace)
                pendingSpace = []
                index += 1
                guard index < bytes.count else { throw failure(.unclosedQuote) }
                if bytes[index] == UInt8(ascii: "\n") {
                    // An escaped line break joins the lines without a space.
                    _ = skipLineBreaksInQuote()
                    continue
                }
                text.append(contentsOf: try escape())
            default:
                text.append(contentsOf: pendingSpace)
                pendingSpace = []
                text.append(current)
                index += 1
            }
        }
    }

    /// Skips the line break at the current byte, the empty lines after it and the next line's
    /// leading spaces; returns how many empty lines there were.
    private mutating func skipLineBreaksInQuote() -> Int {
        var emptyLines = 0
        index += 1
        while true {
            skipSpaces()
            guard byte == UInt8(ascii: "\n") else { return emptyLines }
            emptyLines += 1
            index += 1
        }
    }

    /// The character of the escape after a `\` (the current byte is the one after it).
    private mutating func escape() throws(YAMLSyntaxError) -> [UInt8] {
        let letter = bytes[index]
        let simple: UInt8?
        switch letter {
        case UInt8(ascii: "0"): simple = 0
        case UInt8(ascii: "a"): simple = 7
        case UInt8(ascii: "b"): simple = 8
        case UInt8(ascii: "t"), UInt8(ascii: "\t"): simple = 9
        case UInt8(ascii: "n"): simple = 10
        case UInt8(ascii: "v"): simple = 11
        case UInt8(ascii: "f"): simple = 12
        case UInt8(ascii: "r"): simple = 13
        case UInt8(ascii: "e"): simple = 27
        case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): simple = letter
        default: simple = nil
        }
        if let simple {
            index += 1
            return [simple]
        }
        let named: Unicode.Scalar?
        var digits = 0
        switch letter {
        case UInt8(ascii: "N"): named = "\u{85}"
        case UInt8(ascii: "_"): named = "\u{A0}"
        case UInt8(ascii: "L"): named = "\u{2028}"
        case UInt8(ascii: "P"): named = "\u{2029}"
        case UInt8(ascii: "x"): named = nil; digits = 2
        case UInt8(ascii: "u"): named = nil; digits = 4
        case UInt8(ascii: "U"): named = nil; digits = 8
        default:
            throw failure(.unknownEscape("\\" + String(decoding: [letter], as: UTF8.self)))
        }
        var scalar = named
        if digits > 0 {
            let hexStart = index + 1
            let hexEnd = min(hexStart + digits, bytes.count)
            let hex = String(decoding: bytes[hexStart..<hexEnd], as: UTF8.self)
            guard hex.utf8.count == digits, let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else {
                throw failure(.unknownEscape("\\" + String(decoding: bytes[index..<hexEnd], as: UTF8.self)))
            }
            scalar = decoded
            index += digits
        }
        index += 1
        return Array(String(Character(scalar!)).utf8)
    }

    /// A literal (`|`) or folded (`>`) block scalar under a node indented `parentIndent`.
    mutating func blockScalar(parentIndent: Int) throws(YAMLSyntaxError) -> YAMLNode {
        let start = mark(at: index)
        let isLiteral = bytes[index] == UInt8(ascii: "|")
        index += 1
        var chomping: UInt8?
        var increment: Int?
        while let current = byte, !isBlank(at: index) {
            if (current == UInt8(ascii: "+") || current == UInt8(ascii: "-")) && chomping == nil {
                chomping = current
            } else if (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(current) && increment == nil {
                increment = Int(current - UInt8(ascii: "0"))
            } else {
                throw failure(.badBlockHeader)
            }
            index += 1
        }
        skipSpaces()
        skipComment()
        guard isAtEnd || byte == UInt8(ascii: "\n") else { throw failure(.badBlockHeader) }

        // The lines that belong to the scalar, as (leading empty lines, text) pairs.
        let base = max(parentIndent, 0)
        var indent = increment.map { parentIndent >= 0 ? parentIndent + $0 : $0 }
        var lines: [(emptyBefore: Int, text: ArraySlice<UInt8>)] = []
        var emptyLines = 0
        var lastEnd = index  // the line break after the last line taken
        var lineStart = index + 1
        while lineStart < bytes.count {
            var position = lineStart
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
            let spaces = position - lineStart
            let lineEnd = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if position == lineEnd {  // an empty line (spaces only)
                if let indent, spaces > indent {
                    lines.append((emptyLines, bytes[(lineStart + indent)..<lineEnd]))
                    emptyLines = 0
                } else {
                    emptyLines += 1
                }
                lastEnd = lineEnd
                if lineEnd >= bytes.count { break }
                lineStart = lineEnd + 1
                continue
            }
            if indent == nil {
                indent = max(spaces, base + (parentIndent >= 0 ? 1 : 0))
            }
            guard let indent, spaces >= indent, spaces > parentIndent,
                !(spaces == 0 && isDocumentMarker(at: position))
            else { break }
            lines.append((emptyLines, bytes[(lineStart + indent)..<lineEnd]))
            emptyLines = 0
            lastEnd = lineEnd
            if lineEnd >= bytes.count { break }
            lineStart = lineEnd + 1
        }
        index = min(lastEnd, bytes.count)

        var text: [UInt8] = []
        var previousMoreIndented = false
        for (number, line) in lines.enumerated() {
            let moreIndented = line.text.first.map(isSpace) ?? false
            if number == 0 {
                text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: line.emptyBefore))
            } else if isLiteral || previousMoreIndented || moreIndented {
                text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: line.emptyBefore + 1))
            } else if line.emptyBefore == 0 {
                text.append(UInt8(ascii: " "))
            } else {
                text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: line.emptyBefore))
            }
            text.append(contentsOf: line.text)
            previousMoreIndented = moreIndented
        }
        switch chomping {
        case UInt8(ascii: "-"):
            break
        case UInt8(ascii: "+"):
            text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: (lines.isEmpty ? 0 : 1) + emptyLines))
        default:
            if !lines.isEmpty { text.append(UInt8(ascii: "\n")) }
        }
        let style: YAMLScalar.Style = isLiteral ? .literal : .folded
        return YAMLNode(content: .scalar(YAMLScalar(string: String(decoding: text, as: UTF8.self), style: style)), mark: start)
    }
}
