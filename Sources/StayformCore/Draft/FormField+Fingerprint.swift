extension FormField {
    /// A short, stable fingerprint of what the field asks: its id, type, English label and
    /// maximum length (not its code, help, place in the form or translations). Drafts record it
    /// so that a new pack edition can tell which answers were given to a different question;
    /// translating a label, or correcting a translation, does not change the question.
    ///
    ///     field.definitionFingerprint   // "9f3a0c2b71d45e08"
    public var definitionFingerprint: String {
        var canonical = "id=\(id)\u{1F}type=\(type.rawValue)"
        canonical += "\u{1F}label.en=\(label.translations["en"] ?? "")"
        canonical += "\u{1F}maxLength=\(maxLength.map(String.init) ?? "-")"
        return Self.fnv1a64Hex(canonical)
    }

    /// FNV-1a (64 bit) of the UTF-8 bytes, as 16 lowercase hex digits; stable across runs,
    /// unlike `Hasher`.
    private static func fnv1a64Hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
