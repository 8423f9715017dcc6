import Crypto

extension Digest {
    /// The digest as lowercase hexadecimal digits, two per byte.
    ///
    ///     SHA256.hash(data: Array("abc".utf8)).hexString   // "ba7816bf…f20015ad"
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(Self.byteCount * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
