extension JSONValue {
    /// The value as UTF-8 JSON text: object keys sorted, nested values indented by two spaces,
    /// the same text for the same value every time. Non-finite numbers, which JSON cannot
    /// hold, are written as `null`.
    ///
    ///     JSONValue.object(["b": .integer(1), "a": .array([])]).utf8Text()
    ///     // {
    ///     //   "a": [],
    ///     //   "b": 1
    ///     // }
    public func utf8Text() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let bool):
            output.append(contentsOf: (bool ? "true" : "false").utf8)
        case .integer(let integer):
            output.append(contentsOf: String(integer).utf8)
        case .number(let number):
            output.append(contentsOf: (number.isFinite ? "\(number)" : "null").utf8)
        case .string(let string):
            Self.writeString(string, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(to: &output, indent: indent + 1)
                element.write(to: &output, indent: indent + 1)
            }
            Self.newline(to: &output, indent: indent)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(to: &output, indent: indent + 1)
                Self.writeString(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                members[key]?.write(to: &output, indent: indent + 1)
            }
            Self.newline(to: &output, indent: indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(to output: inout [UInt8], indent: Int) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// Writes `string` as a JSON string. Besides what JSON requires (`"`, `\\`, C0 controls),
    /// every other character that is unsafe on a terminal — DEL, C1 controls, line and
    /// paragraph separators, bidirectional overrides — is written as a `\\uXXXX` escape, so
    /// JSON printed to a terminal cannot drive it. The one place JSON text escapes strings.
    static func writeString(_ string: String, to output: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        output.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: #"\""#.utf8)
            case "\\": output.append(contentsOf: #"\\"#.utf8)
            case "\n": output.append(contentsOf: #"\n"#.utf8)
            case "\r": output.append(contentsOf: #"\r"#.utf8)
            case "\t": output.append(contentsOf: #"\t"#.utf8)
            case _ where scalar.isTerminalUnsafe:
                output.append(contentsOf: #"\u"#.utf8)
                for shift in stride(from: 12, through: 0, by: -4) {
                    output.append(hex[Int((scalar.value >> UInt32(shift)) & 0xF)])
                }
            case _ where scalar.isASCII:
                output.append(UInt8(scalar.value))
            default:
                output.append(contentsOf: scalar.utf8)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
