/// A value the pack cache writes as bytes and reads back: each model type of a form pack
/// writes its stored properties in a fixed order, and reads them back in that order.
///
/// Written by hand rather than through `Codable`: decoding the shipped pack through `Codable`
/// took about 6 ms in a warm process and more in a cold one (generic containers and run-time
/// conformance look-ups for every type), which was a quarter of the time to the first paint.
///
///     extension Country: PackArchivable {
///         init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
///             self.init(code: try archive.read(), name: try archive.read())
///         }
///         func write(to archive: inout PackArchiveWriter) {
///             archive.write(code)
///             archive.write(name)
///         }
///     }
protocol PackArchivable {
    /// Reads the value that `write(to:)` wrote.
    init(from archive: inout PackArchiveReader) throws(PackArchiveError)
    /// Appends the value's bytes.
    func write(to archive: inout PackArchiveWriter)
}

/// Why bytes could not be read back: they are not what `PackArchiveWriter` writes for the type.
struct PackArchiveError: Error, Hashable, Sendable {}

/// The bytes of archived values, appended one after another.
///
/// Unsigned integers and lengths are LEB128 varints, signed integers zig-zag varints, text a
/// length and UTF-8, a list a count and its elements, an optional a 0 or 1 byte and the value,
/// a dictionary a count and its pairs in key order (so a pack always gives the same bytes).
struct PackArchiveWriter {
    /// What has been written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends `value`.
    mutating func write<Value: PackArchivable>(_ value: Value) {
        value.write(to: &self)
    }

    /// Appends an unsigned number or a length.
    mutating func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends raw bytes (the UTF-8 of a text, after its length).
    mutating func append(contentsOf data: some Sequence<UInt8>) {
        bytes.append(contentsOf: data)
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }
}

/// Reads archived values back, in the order they were written, from bytes that may be damaged:
/// every length is checked against the bytes that remain and nesting is limited, so damaged bytes
/// make it throw, never crash or read out of bounds.
struct PackArchiveReader {
    /// The deepest nesting of conditions read (a pack's conditions nest a few levels).
    static let nestingLimit = 200

    private let bytes: [UInt8]
    private var position = 0
    /// How deep the value being read is nested (see `nested(_:)`).
    private var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// Reads a value of the type the context asks for.
    mutating func read<Value: PackArchivable>(_ type: Value.Type = Value.self) throws(PackArchiveError) -> Value {
        try Value(from: &self)
    }

    /// Reads a value one level deeper; throws beyond `nestingLimit`.
    mutating func nested<Value>(_ body: (inout PackArchiveReader) throws(PackArchiveError) -> Value) throws(PackArchiveError) -> Value {
        guard depth < Self.nestingLimit else { throw PackArchiveError() }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    /// Reads one byte.
    mutating func byte() throws(PackArchiveError) -> UInt8 {
        guard position < bytes.count else { throw PackArchiveError() }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads an unsigned number (at most 64 bits).
    mutating func varint() throws(PackArchiveError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard shift < 64, shift < 63 || byte <= 1 else { throw PackArchiveError() }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// Reads a length or a count of elements, each element taking at least one byte.
    mutating func length() throws(PackArchiveError) -> Int {
        let length = try varint()
        guard length <= UInt64(bytes.count - position) else { throw PackArchiveError() }
        return Int(length)
    }

    /// Reads `count` raw bytes as UTF-8 text (damaged UTF-8 is repaired, never trusted).
    mutating func text() throws(PackArchiveError) -> String {
        let count = try length()
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }
}

extension String: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self = try archive.text()
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.writeVarint(UInt64(utf8.count))
        archive.append(contentsOf: utf8)
    }
}

extension Int: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        let zigzag = try archive.varint()
        self = Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    func write(to archive: inout PackArchiveWriter) {
        let value = Int64(self)
        archive.writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }
}

extension Bool: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        switch try archive.byte() {
        case 0: self = false
        case 1: self = true
        default: throw PackArchiveError()
        }
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.append(self ? 1 : 0)
    }
}

extension Optional: PackArchivable where Wrapped: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self = try archive.read(Bool.self) ? .some(try archive.read(Wrapped.self)) : .none
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(self != nil)
        if let self { archive.write(self) }
    }
}

extension Array: PackArchivable where Element: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        let count = try archive.length()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try archive.read(Element.self)) }
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.writeVarint(UInt64(count))
        for element in self { archive.write(element) }
    }
}

extension Dictionary: PackArchivable where Key: PackArchivable, Value: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        let count = try archive.length()
        self.init(minimumCapacity: count)
        for _ in 0..<count {
            let key = try archive.read(Key.self)
            guard updateValue(try archive.read(Value.self), forKey: key) == nil else { throw PackArchiveError() }
        }
    }

    /// Pairs in the order of their keys' bytes, so that equal dictionaries give equal bytes.
    func write(to archive: inout PackArchiveWriter) {
        let pairs = map { key, value in
            var keyBytes = PackArchiveWriter()
            keyBytes.write(key)
            return (key: keyBytes.bytes, value: value)
        }
        archive.writeVarint(UInt64(count))
        for pair in pairs.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            archive.append(contentsOf: pair.key)
            archive.write(pair.value)
        }
    }
}

extension PackArchivable where Self: RawRepresentable, RawValue == String {
    /// Reads the raw value; throws when it names no case.
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        guard let value = Self(rawValue: try archive.text()) else { throw PackArchiveError() }
        self = value
    }

    /// Writes the raw value, so that the bytes do not depend on the order of the cases.
    func write(to archive: inout PackArchiveWriter) {
        archive.write(rawValue)
    }
}
