extension PixelSize {
    /// Reads the pixel size from a PNG, JPEG, WebP or GIF header; `nil` for other kinds,
    /// truncated or malformed bytes. Never traps, whatever the bytes.
    ///
    ///     PixelSize(readingHeaderOf: pngBytes)   // PixelSize(width: 400, height: 600)
    public init?(readingHeaderOf bytes: [UInt8]) {
        let reader = ByteReader(bytes)
        let size: PixelSize?
        switch AttachmentKind(detectingIn: bytes.prefix(32)) {
        case .png: size = PixelSize.png(reader)
        case .jpeg: size = PixelSize.jpeg(reader)
        case .webP: size = PixelSize.webP(reader)
        case .gif: size = PixelSize.gif(reader)
        default: size = nil
        }
        guard let size else { return nil }
        self = size
    }

    private static func png(_ reader: ByteReader) -> PixelSize? {
        guard reader.matches(Array("IHDR".utf8), at: 12),
            let width = reader.uint32BigEndian(at: 16), let height = reader.uint32BigEndian(at: 20)
        else { return nil }
        return PixelSize(width: width, height: height)
    }

    private static func gif(_ reader: ByteReader) -> PixelSize? {
        guard let width = reader.uint16LittleEndian(at: 6), let height = reader.uint16LittleEndian(at: 8)
        else { return nil }
        return PixelSize(width: width, height: height)
    }

    /// Walks the JPEG marker segments up to the first start-of-frame (SOF0…SOF15 except
    /// DHT C4, JPG C8 and DAC CC), skipping every other segment by its stated length.
    private static func jpeg(_ reader: ByteReader) -> PixelSize? {
        var offset = 2
        while true {
            guard reader.uint8(at: offset) == 0xFF else { return nil }
            while reader.uint8(at: offset) == 0xFF { offset += 1 }  // fill bytes
            guard let marker = reader.uint8(at: offset) else { return nil }
            offset += 1
            switch marker {
            case 0x01, 0xD0...0xD7:  // standalone markers: no length
                continue
            case 0xD9, 0xDA:  // end of image, start of scan: no frame header came first
                return nil
            default:
                break
            }
            guard let length = reader.uint16BigEndian(at: offset), length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard let height = reader.uint16BigEndian(at: offset + 3),
                    let width = reader.uint16BigEndian(at: offset + 5)
                else { return nil }
                return PixelSize(width: width, height: height)
            }
            offset += length
        }
    }

    /// Lossy (`VP8 `), lossless (`VP8L`) and extended (`VP8X`) WebP.
    private static func webP(_ reader: ByteReader) -> PixelSize? {
        if reader.matches(Array("VP8 ".utf8), at: 12) {
            guard reader.matches([0x9D, 0x01, 0x2A], at: 23),
                let width = reader.uint16LittleEndian(at: 26), let height = reader.uint16LittleEndian(at: 28)
            else { return nil }
            return PixelSize(width: width & 0x3FFF, height: height & 0x3FFF)
        }
        if reader.matches(Array("VP8L".utf8), at: 12) {
            guard reader.uint8(at: 20) == 0x2F, let bits = reader.uint32LittleEndian(at: 21) else { return nil }
            return PixelSize(width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1)
        }
        if reader.matches(Array("VP8X".utf8), at: 12) {
            guard let width = reader.uint24LittleEndian(at: 24), let height = reader.uint24LittleEndian(at: 27)
            else { return nil }
            return PixelSize(width: width + 1, height: height + 1)
        }
        return nil
    }
}
