import Glibc

/// Decodes a value that `CompactEncoder` wrote (the format is described there).
///
/// Every length is checked against the bytes that remain, and nesting deeper than
/// `nestingLimit` is refused, so damaged bytes make it throw, never crash or read out of
/// bounds.
///
///     let pack = try CompactDecoder.decode(FormPack.self, from: bytes)
enum CompactDecoder {
    /// The deepest nesting of containers decoded (a pack's conditions nest a few levels).
    static let nestingLimit = 200

    /// The value of type `Value` that `bytes` hold; throws `CompactDecodingError` when they
    /// are not one.
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBufferPointer { buffer in
            let decoder = CompactValueDecoder(bytes: buffer, range: 0..<buffer.count, depth: 0)
            return try decoder.unbox(Value.self)
        }
    }
}

/// Why bytes could not be decoded: they are not what `CompactEncoder` writes for the type.
struct CompactDecodingError: Error, Hashable, Sendable {}

/// Decodes the one value in `range` of `bytes`.
private struct CompactValueDecoder: Decoder {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    let depth: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func tag() throws(CompactDecodingError) -> UInt8 {
        guard !range.isEmpty else { throw CompactDecodingError() }
        return bytes[range.lowerBound]
    }

    /// The value in `range`, one level deeper.
    func child(_ range: Range<Int>) throws(CompactDecodingError) -> CompactValueDecoder {
        guard depth < CompactDecoder.nestingLimit else { throw CompactDecodingError() }
        return CompactValueDecoder(bytes: bytes, range: range, depth: depth + 1)
    }

    func unbox<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if Value.self == String.self, let text = try string() as? Value { return text }
        if Value.self == Bool.self, let flag = try bool() as? Value { return flag }
        if let integerType = Value.self as? any FixedWidthInteger.Type {
            guard let integer = integerType.init(exactly: try integer()) as? Value else { throw CompactDecodingError() }
            return integer
        }
        if let floatingType = Value.self as? any BinaryFloatingPoint.Type {
            guard let number = floatingType.init(try double()) as? Value else { throw CompactDecodingError() }
            return number
        }
        return try Value(from: self)
    }

    func string() throws(CompactDecodingError) -> String {
        var reader = try body(tagged: CompactTag.string)
        let text = try reader.slice(reader.length())
        guard let decoded = String(validating: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self) else {
            throw CompactDecodingError()
        }
        return decoded
    }

    func bool() throws(CompactDecodingError) -> Bool {
        switch try tag() {
        case CompactTag.true: return true
        case CompactTag.false: return false
        default: throw CompactDecodingError()
        }
    }

    func integer() throws(CompactDecodingError) -> Int64 {
        var reader = try body(tagged: CompactTag.integer)
        let zigZag = try reader.varint()
        return Int64(bitPattern: (zigZag >> 1) ^ (0 &- (zigZag & 1)))
    }

    func double() throws(CompactDecodingError) -> Double {
        var reader = try body(tagged: CompactTag.double)
        let raw = try reader.slice(8)
        var pattern: UInt64 = 0
        for (shift, index) in raw.enumerated() { pattern |= UInt64(bytes[index]) << (8 * UInt64(shift)) }
        return Double(bitPattern: pattern)
    }

    /// A reader after the tag, which must be `tag`.
    private func body(tagged tag: UInt8) throws(CompactDecodingError) -> CompactReader {
        guard try self.tag() == tag else { throw CompactDecodingError() }
        return CompactReader(bytes: bytes, position: range.lowerBound + 1, end: range.upperBound)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        var reader = try body(tagged: CompactTag.keyed)
        let count = try reader.length()
        var entries: [(key: Range<Int>, value: Range<Int>)] = []
        entries.reserveCapacity(min(count, 256))  // a damaged count never reserves megabytes
        for _ in 0..<count {
            let key = try reader.slice(reader.length())
            let value = try reader.slice(reader.length())
            entries.append((key, value))
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, entries: entries))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        var reader = try body(tagged: CompactTag.unkeyed)
        let count = try reader.length()
        return UnkeyedContainer(decoder: self, reader: reader, count: count)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoder: self)
    }

    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: CompactValueDecoder
        let entries: [(key: Range<Int>, value: Range<Int>)]
        var codingPath: [any CodingKey] { [] }

        var allKeys: [Key] {
            entries.compactMap { entry in
                Key(stringValue: String(decoding: UnsafeBufferPointer(rebasing: decoder.bytes[entry.key]), as: UTF8.self))
            }
        }

        /// Where the value of `key` is, comparing bytes (no string is made per lookup).
        private func range(of key: Key) -> Range<Int>? {
            var name = key.stringValue
            return name.withUTF8 { wanted in
                for entry in entries where entry.key.count == wanted.count {
                    if wanted.isEmpty
                        || memcmp(decoder.bytes.baseAddress! + entry.key.lowerBound, wanted.baseAddress!, wanted.count) == 0
                    {
                        return entry.value
                    }
                }
                return nil
            }
        }

        private func value(_ key: Key) throws -> CompactValueDecoder {
            guard let range = range(of: key) else { throw CompactDecodingError() }
            return try decoder.child(range)
        }

        func contains(_ key: Key) -> Bool { range(of: key) != nil }

        func decodeNil(forKey key: Key) throws -> Bool { try value(key).tag() == CompactTag.null }

        func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
            try value(key).unbox(Value.self)
        }

        func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
            guard let range = range(of: key) else { return nil }
            let value = try decoder.child(range)
            if try value.tag() == CompactTag.null { return nil }
            return try value.unbox(Value.self)
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try value(key).container(keyedBy: NestedKey.self)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try value(key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            guard let key = Key(stringValue: "super") else { throw CompactDecodingError() }
            return try value(key)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder { try value(key) }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let decoder: CompactValueDecoder
        var reader: CompactReader
        let total: Int
        private(set) var currentIndex = 0

        init(decoder: CompactValueDecoder, reader: CompactReader, count: Int) {
            self.decoder = decoder
            self.reader = reader
            self.total = count
        }

        var codingPath: [any CodingKey] { [] }
        var count: Int? { total }
        var isAtEnd: Bool { currentIndex >= total }

        private mutating func next() throws -> CompactValueDecoder {
            guard !isAtEnd else { throw CompactDecodingError() }
            let range = try reader.slice(reader.length())
            currentIndex += 1
            return try decoder.child(range)
        }

        mutating func decodeNil() throws -> Bool {
            var copy = self
            guard try copy.next().tag() == CompactTag.null else { return false }
            self = copy
            return true
        }

        mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try next().unbox(Value.self)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: NestedKey.self)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next().unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { try next() }
    }

    struct SingleValueContainer: SingleValueDecodingContainer {
        let decoder: CompactValueDecoder
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { (try? decoder.tag()) == CompactTag.null }

        func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try decoder.unbox(Value.self)
        }
    }
}

/// Reads lengths and slices from a range of bytes, never past its end.
private struct CompactReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    mutating func varint() throws(CompactDecodingError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw CompactDecodingError() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A length, which must fit in what remains.
    mutating func length() throws(CompactDecodingError) -> Int {
        let length = try varint()
        guard length <= UInt64(end - position) else { throw CompactDecodingError() }
        return Int(length)
    }

    /// The next `count` bytes' positions.
    mutating func slice(_ count: Int) throws(CompactDecodingError) -> Range<Int> {
        guard count >= 0, count <= end - position else { throw CompactDecodingError() }
        defer { position += count }
        return position..<(position + count)
    }
}
