/// What stayform can tell about an attachment from its bytes alone: kind, size, pixel size and
/// SHA-256 fingerprint. Reading the file is someone else's job; this never traps on any bytes.
///
///     let inspection = AttachmentInspection(bytes: photo)
///     inspection.kind          // .jpeg
///     inspection.pixelSize     // 400×600
///     inspection.byteCount     // 183_201
///     inspection.sha256        // ba7816bf…
public struct AttachmentInspection: Hashable, Sendable {
    /// The kind detected from the magic bytes.
    public let kind: AttachmentKind
    /// Width and height for PNG, JPEG, WebP and GIF; `nil` otherwise or when the header is damaged.
    public let pixelSize: PixelSize?
    /// The file's length in bytes.
    public let byteCount: Int
    /// The SHA-256 of all the bytes, to tell identical uploads apart from changed ones.
    public let sha256: SHA256Digest

    /// Inspects `bytes`.
    public init(bytes: [UInt8]) {
        kind = AttachmentKind(detectingIn: bytes)
        pixelSize = kind.isImage ? PixelSize(readingHeaderOf: bytes) : nil
        byteCount = bytes.count
        sha256 = SHA256.hash(bytes)
    }
}
