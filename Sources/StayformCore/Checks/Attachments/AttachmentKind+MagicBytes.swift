extension AttachmentKind {
    /// Detects the kind of `bytes` from their magic numbers; `.unknown` when nothing matches.
    public init(detectingIn bytes: some Collection<UInt8>) {
        let head = ByteReader(Array(bytes.prefix(32)))
        if head.matches([0x25, 0x50, 0x44, 0x46, 0x2D], at: 0) {  // %PDF-
            self = .pdf
        } else if head.matches([0xFF, 0xD8, 0xFF], at: 0) {
            self = .jpeg
        } else if head.matches([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], at: 0) {
            self = .png
        } else if head.matches(Array("GIF87a".utf8), at: 0) || head.matches(Array("GIF89a".utf8), at: 0) {
            self = .gif
        } else if head.matches(Array("RIFF".utf8), at: 0) && head.matches(Array("WEBP".utf8), at: 8) {
            self = .webP
        } else if head.matches(Array("ftyp".utf8), at: 4), let brand = head.bytes(at: 8, count: 4),
            AttachmentKind.heifBrands.contains(String(decoding: brand, as: UTF8.self))
        {
            self = .heif
        } else if head.matches([0x50, 0x4B, 0x03, 0x04], at: 0) || head.matches([0x50, 0x4B, 0x05, 0x06], at: 0) {
            self = AttachmentKind.containsWordDocumentEntry(bytes) ? .wordDocument : .zip
        } else if head.matches([0x7F, 0x45, 0x4C, 0x46], at: 0) {
            self = .executable(.elf)
        } else if head.matches([0x4D, 0x5A], at: 0) {  // MZ
            self = .executable(.windowsPortableExecutable)
        } else if AttachmentKind.machOMagics.contains(where: { head.matches($0, at: 0) }) {
            self = .executable(.machO)
        } else {
            self = .unknown
        }
    }

    private static let heifBrands: Set<String> = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]

    private static let machOMagics: [[UInt8]] = [
        [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF],
        [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE],
        [0xCA, 0xFE, 0xBA, 0xBE],
    ]

    /// ZIP stores entry names uncompressed, so a `.docx` holds this name in plain bytes.
    private static func containsWordDocumentEntry(_ bytes: some Collection<UInt8>) -> Bool {
        let needle = Array("word/document.xml".utf8)
        let haystack = Array(bytes)
        guard haystack.count >= needle.count else { return false }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == needle[0], haystack[start..<start + needle.count].elementsEqual(needle) {
                return true
            }
            start += 1
        }
        return false
    }
}
