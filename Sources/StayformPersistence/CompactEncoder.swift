/// Encodes any `Encodable` value in stayform's compact binary format, the format of the pack
/// cache (`FormPackCache`): decoding it is about five times faster than parsing the pack's YAML,
/// where JSON and binary property lists are only two and one times faster (`make bench`).
///
/// Every value is a tag byte and a body; containers say how many entries they hold and how
/// long each is, so that `CompactDecoder` finds a key without decoding what it skips:
///
///     keyed     1, count, count × (key length, key UTF-8, value length, value)
///     unkeyed   2, count, count × (value length, value)
///     nil       3
///     true      4          false  5
///     integer   6, zig-zag variable-length integer
///     string    7, length, UTF-8
///     double    8, eight bytes (IEEE 754, little-endian)
///
/// Counts and lengths are variable-length integers (7 bits a byte, low bits first).
///
///     let bytes = try CompactEncoder.encode(pack)
///     let same = try CompactDecoder.decode(FormPack.self, from: bytes)   // == pack
enum CompactEncoder {
    /// The bytes of `value`.
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let root = try CompactNode.encoding(value)
        var bytes: [UInt8] = []
        root.write(to: &bytes)
        return bytes
    }
}

/// Why a value cannot be written in the compact format: an integer beyond 64 bits.
struct CompactEncodingError: Error, Hashable, Sendable {}

/// One value being encoded: containers are filled in after they are handed out, so a node is
/// a reference that its containers share.
final class CompactNode {
    enum Content {
        case keyed([(key: String, value: CompactNode)])
        case unkeyed([CompactNode])
        case null
        case bool(Bool)
        case integer(Int64)
        case string(String)
        case double(Double)
    }

    var content: Content

    init(_ content: Content = .null) {
        self.content = content
    }

    /// The node of `value`: primitives directly, anything else through its `encode(to:)`.
    static func encoding<Value: Encodable>(_ value: Value) throws -> CompactNode {
        switch value {
        case let text as String: return CompactNode(.string(text))
        case let flag as Bool: return CompactNode(.bool(flag))
        case let number as any FixedWidthInteger:
            guard let integer = Int64(exactly: number) else { throw CompactEncodingError() }
            return CompactNode(.integer(integer))
        case let number as any BinaryFloatingPoint:
            return CompactNode(.double(Double(number)))
        default:
            let encoder = CompactNodeEncoder(node: CompactNode())
            try value.encode(to: encoder)
            return encoder.node
        }
    }

    func append(key: String, _ value: CompactNode) {
        if case .keyed(var entries) = content {
            content = .null  // keeps `entries` unique, so the append does not copy
            entries.append((key, value))
            content = .keyed(entries)
        }
    }

    func append(_ value: CompactNode) {
        if case .unkeyed(var values) = content {
            content = .null
            values.append(value)
            content = .unkeyed(values)
        }
    }

    func write(to bytes: inout [UInt8]) {
        switch content {
        case .keyed(let entries):
            bytes.append(CompactTag.keyed)
            Self.writeLength(entries.count, to: &bytes)
            for (key, value) in entries {
                Self.writeText(key, to: &bytes)
                Self.writeNested(value, to: &bytes)
            }
        case .unkeyed(let values):
            bytes.append(CompactTag.unkeyed)
            Self.writeLength(values.count, to: &bytes)
            for value in values { Self.writeNested(value, to: &bytes) }
        case .null:
            bytes.append(CompactTag.null)
        case .bool(let flag):
            bytes.append(flag ? CompactTag.true : CompactTag.false)
        case .integer(let integer):
            bytes.append(CompactTag.integer)
            Self.writeVarint(UInt64(bitPattern: (integer << 1) ^ (integer >> 63)), to: &bytes)
        case .string(let text):
            bytes.append(CompactTag.string)
            Self.writeText(text, to: &bytes)
        case .double(let number):
            bytes.append(CompactTag.double)
            withUnsafeBytes(of: number.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }

    private static func writeNested(_ node: CompactNode, to bytes: inout [UInt8]) {
        var body: [UInt8] = []
        node.write(to: &body)
        writeLength(body.count, to: &bytes)
        bytes.append(contentsOf: body)
    }

    private static func writeText(_ text: String, to bytes: inout [UInt8]) {
        writeLength(text.utf8.count, to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private static func writeLength(_ length: Int, to bytes: inout [UInt8]) {
        writeVarint(UInt64(length), to: &bytes)
    }

    private static func writeVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

/// The tag bytes of the compact format.
enum CompactTag {
    static let keyed: UInt8 = 1
    static let unkeyed: UInt8 = 2
    static let null: UInt8 = 3
    static let `true`: UInt8 = 4
    static let `false`: UInt8 = 5
    static let integer: UInt8 = 6
    static let string: UInt8 = 7
    static let double: UInt8 = 8
}

/// The `Encoder` that fills one node.
private struct CompactNodeEncoder: Encoder {
    let node: CompactNode
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = node.content {} else { node.content = .keyed([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = node.content {} else { node.content = .unkeyed([]) }
        return UnkeyedContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node)
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: CompactNode
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {
            node.append(key: key.stringValue, CompactNode())
        }

        mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
            node.append(key: key.stringValue, try CompactNode.encoding(value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            superEncoder(forKey: key).container(keyedBy: NestedKey.self)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            superEncoder(forKey: key).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let child = CompactNode()
            node.append(key: "super", child)
            return CompactNodeEncoder(node: child)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = CompactNode()
            node.append(key: key.stringValue, child)
            return CompactNodeEncoder(node: child)
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: CompactNode
        var codingPath: [any CodingKey] { [] }
        var count: Int {
            if case .unkeyed(let values) = node.content { return values.count }
            return 0
        }

        mutating func encodeNil() throws { node.append(CompactNode()) }

        mutating func encode<Value: Encodable>(_ value: Value) throws {
            node.append(try CompactNode.encoding(value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            superEncoder().container(keyedBy: NestedKey.self)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            superEncoder().unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let child = CompactNode()
            node.append(child)
            return CompactNodeEncoder(node: child)
        }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let node: CompactNode
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { node.content = .null }

        mutating func encode<Value: Encodable>(_ value: Value) throws {
            node.content = try CompactNode.encoding(value).content
        }
    }
}
