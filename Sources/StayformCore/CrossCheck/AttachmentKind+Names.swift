extension AttachmentKind {
    /// The short name a pack's list of accepted types uses (`pdf`, `jpeg`, `png`, `heic`…).
    public var typeName: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpeg"
        case .png: "png"
        case .heif: "heic"
        case .webP: "webp"
        case .gif: "gif"
        case .wordDocument: "docx"
        case .zip: "zip"
        case .executable: "executable"
        case .unknown: "unknown"
        }
    }

    /// What the file is, for a message: `a HEIC/HEIF image`, `a Windows program`.
    public var displayName: String {
        switch self {
        case .pdf: "a PDF document"
        case .jpeg: "a JPEG image"
        case .png: "a PNG image"
        case .heif: "a HEIC/HEIF image (the iPhone photo format)"
        case .webP: "a WebP image"
        case .gif: "a GIF image"
        case .wordDocument: "a Word document"
        case .zip: "a ZIP archive"
        case .executable(.elf): "a program (Linux ELF executable), not a document"
        case .executable(.windowsPortableExecutable): "a program (Windows executable), not a document"
        case .executable(.machO): "a program (macOS Mach-O executable), not a document"
        case .unknown: "of a kind not recognised from its content"
        }
    }

    /// The media type drafts record (`image/jpeg`).
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .heif: "image/heic"
        case .webP: "image/webp"
        case .gif: "image/gif"
        case .wordDocument: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .zip: "application/zip"
        case .executable: "application/octet-stream"
        case .unknown: "application/octet-stream"
        }
    }
}
