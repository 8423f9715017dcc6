/// Bounds-checked reads from untrusted bytes: every read answers `nil` past the end, never traps.
struct ByteReader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// `count` bytes from `offset`, or `nil` when they are not all there.
    func bytes(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return bytes[offset..<offset + count]
    }

    /// Whether `expected` appears at `offset`.
    func matches(_ expected: [UInt8], at offset: Int) -> Bool {
        guard let found = bytes(at: offset, count: expected.count) else { return false }
        return found.elementsEqual(expected)
    }

    func uint8(at offset: Int) -> UInt8? {
        bytes(at: offset, count: 1)?.first
    }

    func uint16BigEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 2) else { return nil }
        return Int(b[b.startIndex]) << 8 | Int(b[b.startIndex + 1])
    }

    func uint16LittleEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 2) else { return nil }
        return Int(b[b.startIndex + 1]) << 8 | Int(b[b.startIndex])
    }

    func uint24LittleEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 3) else { return nil }
        return Int(b[b.startIndex + 2]) << 16 | Int(b[b.startIndex + 1]) << 8 | Int(b[b.startIndex])
    }

    func uint32BigEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 4) else { return nil }
        return b.reduce(0) { $0 << 8 | Int($1) }
    }

    func uint32LittleEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 4) else { return nil }
        return b.reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}
