/// A size in bytes as people read it.
///
///     ByteCount(512).description        // "512 bytes"
///     ByteCount(409_600).description    // "400 KiB"
///     ByteCount(2_201_548).description  // "2.1 MiB"
public struct ByteCount: Hashable, Sendable, CustomStringConvertible {
    public let bytes: Int

    public init(_ bytes: Int) {
        self.bytes = bytes
    }

    /// Bytes under a kibibyte, whole KiB under a mebibyte, then MiB to a tenth (rounded).
    public var description: String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1 << 20 { return "\(bytes >> 10) KiB" }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
