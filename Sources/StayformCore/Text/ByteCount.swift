/// A size in bytes as people read it.
///
///     ByteCount(512).description        // "512 bytes"
///     ByteCount(409_600).description    // "400 KiB"
///     ByteCount(2_201_548).description  // "2.1 MiB"
///     ByteCount(2_201_548).written(in: Language.indonesian.words)  // "2,1 MiB"
public struct ByteCount: Hashable, Sendable, CustomStringConvertible {
    public let bytes: Int

    public init(_ bytes: Int) {
        self.bytes = bytes
    }

    /// In English.
    public var description: String { written(in: Language.english.words) }

    /// Bytes under a kibibyte, whole KiB under a mebibyte, then MiB to a tenth (rounded),
    /// in the language of `words`.
    public func written(in words: Words) -> String {
        if bytes < 1024 { return words.counted("report.size.bytes", bytes) }
        if bytes < 1 << 20 { return words("report.size.kib", ["count": String(bytes >> 10)]) }
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return words("report.size.mib", ["whole": String(tenths / 10), "tenth": String(tenths % 10)])
    }
}
