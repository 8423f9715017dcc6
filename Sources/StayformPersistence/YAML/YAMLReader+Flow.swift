extension YAMLReader {
    /// A flow list (`[a, b]`) or mapping (`{ en: Passport, id: Paspor }`), which may span lines.
    mutating func flowCollection() throws(YAMLSyntaxError) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.depthLimit else { throw failure(.nestedTooDeeply) }
        let start = mark(at: index)
        let isList = bytes[index] == UInt8(ascii: "[")
        let closing = isList ? UInt8(ascii: "]") : UInt8(ascii: "}")
        index += 1
        var items: [YAMLNode] = []
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        var keys: Set<String> = []
        while true {
            try skipFlowBlank(closing: closing)
            if byte == closing { break }
            if isList {
                items.append(try flowNode(closing: closing))
                try skipFlowBlank(closing: closing)
                if byte == UInt8(ascii: ":") { throw failure(.unsupportedFeature("?")) }
            } else {
                let key = try flowNode(closing: closing)
                guard key.scalar != nil else { throw YAMLSyntaxError(problem: .unsupportedFeature("?"), mark: key.mark) }
                try skipFlowBlank(closing: closing)
                var hasValue = false
                if byte == UInt8(ascii: ":") {
                    index += 1
                    try skipFlowBlank(closing: closing)
                    hasValue = byte != UInt8(ascii: ",") && byte != closing
                }
                var value = YAMLNode(content: .scalar(YAMLScalar(string: "", style: .plain)), mark: mark(at: index))
                if hasValue {
                    value = try flowNode(closing: closing)
                    try skipFlowBlank(closing: closing)
                }
                guard keys.insert(key.string ?? "").inserted else {
                    throw YAMLSyntaxError(problem: .duplicateKey(key.string ?? ""), mark: key.mark)
                }
                entries.append((key, value))
            }
            if byte == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard byte == closing else { throw failure(.unexpected(characterHere)) }
            break
        }
        index += 1  // the closing bracket
        let content: YAMLNode.Content = isList ? .sequence(items) : .mapping(YAMLNode.Mapping(entries: entries))
        return YAMLNode(content: content, mark: start)
    }

    /// One node inside a flow collection.
    private mutating func flowNode(closing: UInt8) throws(YAMLSyntaxError) -> YAMLNode {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return try flowCollection()
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try quotedScalar()
        case UInt8(ascii: "-") where isBlank(at: index + 1):
            throw failure(.unexpected("-"))
        case UInt8(ascii: "?"):
            // Inside brackets `?` always starts an explicit (complex) key.
            throw failure(.unsupportedFeature("?"))
        case UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: ":"):
            throw failure(.unexpected(Character(Unicode.Scalar(byte!))))
        default:
            try refuseUnsupported()
            return try plainScalar(parentIndent: -1, inFlow: true)
        }
    }

    /// The character at the current byte (decoded whole when it is not ASCII), for messages.
    private var characterHere: Character {
        String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).first ?? " "
    }

    /// Skips spaces, line breaks and comments inside a flow collection; the end of the file
    /// there means `closing` is missing.
    private mutating func skipFlowBlank(closing: UInt8) throws(YAMLSyntaxError) {
        while true {
            skipSpaces()
            skipComment()
            if byte == UInt8(ascii: "\n") {
                index += 1
                continue
            }
            break
        }
        if isAtEnd { throw failure(.unclosedBracket(closing: Character(Unicode.Scalar(closing)))) }
    }
}
