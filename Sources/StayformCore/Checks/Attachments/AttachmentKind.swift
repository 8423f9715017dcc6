/// What a file is, judged from its first bytes ("magic numbers"), never from its name.
///
///     AttachmentKind(detectingIn: [0x25, 0x50, 0x44, 0x46, 0x2D])   // .pdf
public enum AttachmentKind: Hashable, Sendable {
    case pdf
    case jpeg
    case png
    /// HEIC or HEIF (an ISO base-media file with an image brand such as `heic` or `mif1`).
    case heif
    case webP
    case gif
    /// A Word document (`.docx`): a ZIP archive holding `word/document.xml`.
    case wordDocument
    /// Any other ZIP archive.
    case zip
    /// A program, never a document: ELF, Windows PE or Mach-O.
    case executable(ExecutableFormat)
    /// Nothing recognised.
    case unknown

    /// Whether this is a picture format that has a pixel size.
    public var isImage: Bool {
        switch self {
        case .jpeg, .png, .heif, .webP, .gif: true
        default: false
        }
    }
}
