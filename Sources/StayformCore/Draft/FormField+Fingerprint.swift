extension FormField {
    /// A short, stable fingerprint of what the field asks: its id, type, English label and
    /// maximum length (not its code, help, place in the form or translations). Drafts record it
    /// so that a new pack edition can tell which answers were given to a different question;
    /// translating a label, or correcting a translation, does not change the question.
    ///
    ///     field.definitionFingerprint   // "9f3a0c2b71d45e08"
    public var definitionFingerprint: String {
        // The FNV-1a of "id=…\u{1F}type=…\u{1F}label.en=…\u{1F}maxLength=…", fed part by part.
        var hash = FNV1a64()
        for part in [
            "id=", id, "\u{1F}type=", type.rawValue, "\u{1F}label.en=", label.translations["en"] ?? "",
            "\u{1F}maxLength=", maxLength.map(String.init) ?? "-",
        ] {
            hash.absorb(part)
        }
        return hash.hex
    }
}

/// FNV-1a (64 bit) of UTF-8 bytes: stable across runs, unlike `Hasher`.
private struct FNV1a64 {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func absorb(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
    }

    /// The hash as 16 lowercase hex digits.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 { buffer[index] = digits[Int((value >> (60 - 4 * UInt64(index))) & 0xF)] }
            return 16
        }
    }
}
