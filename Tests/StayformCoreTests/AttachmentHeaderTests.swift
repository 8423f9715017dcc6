import PropertyBased
import StayformCore
import Testing

/// Small, hand-built file headers.
enum AttachmentSamples {
    static func png(width: UInt32, height: UInt32) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0, 0, 0, 0, 0]
    }

    /// SOI, an APP0 segment, a DQT segment, then a start-of-frame `marker`.
    static func jpeg(width: UInt16, height: UInt16, frameMarker: UInt8 = 0xC0) -> [UInt8] {
        let app0: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0]
        let dqt: [UInt8] = [0xFF, 0xDB, 0x00, 0x04, 0x00, 0x01]
        let sof: [UInt8] =
            [0xFF, frameMarker, 0x00, 0x11, 0x08] + bigEndian16(height) + bigEndian16(width)
            + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        return [0xFF, 0xD8] + app0 + dqt + sof + [0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]
    }

    static func webPLossy(width: UInt16, height: UInt16) -> [UInt8] {
        Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8 ".utf8) + [0, 0, 0, 0]
            + [0, 0, 0, 0x9D, 0x01, 0x2A] + littleEndian16(width) + littleEndian16(height)
    }

    static func webPLossless(width: Int, height: Int) -> [UInt8] {
        let bits = UInt32(width - 1) | UInt32(height - 1) << 14
        return Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8L".utf8) + [0, 0, 0, 0, 0x2F]
            + [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24)]
    }

    static func webPExtended(width: Int, height: Int) -> [UInt8] {
        Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
            + littleEndian24(width - 1) + littleEndian24(height - 1)
    }

    static func gif(width: UInt16, height: UInt16) -> [UInt8] {
        Array("GIF89a".utf8) + littleEndian16(width) + littleEndian16(height) + [0, 0, 0]
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
    static func bigEndian16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
    static func littleEndian16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func littleEndian24(_ value: Int) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF)]
    }
}

@Suite struct AttachmentHeaderTests {
    static let kinds: [(name: String, bytes: [UInt8], kind: AttachmentKind)] = [
        ("pdf", Array("%PDF-1.7\n".utf8), .pdf),
        ("jpeg", AttachmentSamples.jpeg(width: 1, height: 1), .jpeg),
        ("png", AttachmentSamples.png(width: 1, height: 1), .png),
        ("gif87", Array("GIF87a".utf8) + [1, 0, 1, 0], .gif),
        ("gif89", AttachmentSamples.gif(width: 1, height: 1), .gif),
        ("webp", AttachmentSamples.webPLossy(width: 1, height: 1), .webP),
        ("heic", [0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0], .heif),
        ("heif", [0, 0, 0, 0x18] + Array("ftypmif1".utf8) + [0, 0, 0, 0], .heif),
        ("mp4 is not heif", [0, 0, 0, 0x18] + Array("ftypisom".utf8), .unknown),
        ("zip", [0x50, 0x4B, 0x03, 0x04, 20, 0] + Array("photos/a.jpg".utf8), .zip),
        ("empty zip", [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18), .zip),
        (
            "docx", [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 26) + Array("word/document.xml".utf8),
            .wordDocument
        ),
        ("elf", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1], .executable(.elf)),
        ("pe", Array("MZ".utf8) + [0x90, 0], .executable(.windowsPortableExecutable)),
        ("mach-o 64", [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1], .executable(.machO)),
        ("mach-o fat", [0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 2], .executable(.machO)),
        ("text", Array("hello".utf8), .unknown),
        ("empty", [], .unknown),
        ("truncated png signature", [0x89, 0x50, 0x4E], .unknown),
    ]

    @Test(arguments: kinds)
    func detectsKindFromMagicBytes(name: String, bytes: [UInt8], kind: AttachmentKind) {
        #expect(AttachmentKind(detectingIn: bytes) == kind, "\(name)")
    }

    static let sizes: [(name: String, bytes: [UInt8], size: PixelSize?)] = [
        ("png", AttachmentSamples.png(width: 400, height: 600), PixelSize(width: 400, height: 600)),
        ("png big", AttachmentSamples.png(width: 70_000, height: 3), PixelSize(width: 70_000, height: 3)),
        ("jpeg baseline", AttachmentSamples.jpeg(width: 640, height: 480), PixelSize(width: 640, height: 480)),
        (
            "jpeg progressive", AttachmentSamples.jpeg(width: 1200, height: 1600, frameMarker: 0xC2),
            PixelSize(width: 1200, height: 1600)
        ),
        ("webp lossy", AttachmentSamples.webPLossy(width: 300, height: 200), PixelSize(width: 300, height: 200)),
        (
            "webp lossless", AttachmentSamples.webPLossless(width: 4000, height: 3),
            PixelSize(width: 4000, height: 3)
        ),
        (
            "webp extended", AttachmentSamples.webPExtended(width: 20_000, height: 777),
            PixelSize(width: 20_000, height: 777)
        ),
        ("gif", AttachmentSamples.gif(width: 31, height: 513), PixelSize(width: 31, height: 513)),
        ("png without IHDR", Array(AttachmentSamples.png(width: 4, height: 4).prefix(20)), nil),
        ("jpeg cut in the frame header", Array(AttachmentSamples.jpeg(width: 4, height: 4).prefix(32)), nil),
        ("jpeg with scan before frame", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02], nil),
        ("jpeg with zero segment length", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00, 0xFF, 0xC0], nil),
        ("pdf has no pixel size", Array("%PDF-1.4".utf8), nil),
    ]

    @Test(arguments: sizes)
    func readsPixelSize(name: String, bytes: [UInt8], size: PixelSize?) {
        #expect(PixelSize(readingHeaderOf: bytes) == size, "\(name)")
    }

    @Test func everyPrefixOfAValidFileIsHandled() {
        let files = [
            AttachmentSamples.png(width: 9, height: 9), AttachmentSamples.jpeg(width: 9, height: 9),
            AttachmentSamples.webPLossy(width: 9, height: 9), AttachmentSamples.webPLossless(width: 9, height: 9),
            AttachmentSamples.webPExtended(width: 9, height: 9), AttachmentSamples.gif(width: 9, height: 9),
        ]
        for file in files {
            let full = PixelSize(readingHeaderOf: file)
            #expect(full == PixelSize(width: 9, height: 9))
            for length in 0..<file.count {
                let size = PixelSize(readingHeaderOf: Array(file.prefix(length)))
                #expect(size == nil || size == full)
            }
        }
    }

    @Test func randomBytesNeverTrap() async {
        await propertyCheck(count: 500, input: Gen.uint8().array(of: 0...200)) { bytes in
            _ = AttachmentKind(detectingIn: bytes)
            if let size = PixelSize(readingHeaderOf: bytes) {
                #expect(size.width >= 0 && size.height >= 0)
            }
        }
    }

    @Test func randomBytesBehindImageMagicNeverTrap() async {
        let magics: [[UInt8]] = [
            [0xFF, 0xD8, 0xFF], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            Array("RIFF\0\0\0\0WEBPVP8 ".utf8), Array("RIFF\0\0\0\0WEBPVP8L".utf8),
            Array("RIFF\0\0\0\0WEBPVP8X".utf8), Array("GIF89a".utf8),
        ]
        await propertyCheck(
            count: 600, input: Gen.int(in: 0...(magics.count - 1)), Gen.uint8().array(of: 0...120)
        ) { which, tail in
            let bytes = magics[which] + tail
            #expect(AttachmentKind(detectingIn: bytes).isImage)
            if let size = PixelSize(readingHeaderOf: bytes) {
                #expect(size.width >= 0 && size.height >= 0)
            }
        }
    }
}
