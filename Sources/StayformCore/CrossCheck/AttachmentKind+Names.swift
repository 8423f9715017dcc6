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

    /// What the file is, for a message, in English: `a HEIC/HEIF image`, `a Windows program`.
    public var displayName: String { displayName(in: Language.english.words) }

    /// What the file is, for a message, in the language of `words`.
    public func displayName(in words: Words) -> String {
        switch self {
        case .executable(.elf): words["report.kind.elf"]
        case .executable(.windowsPortableExecutable): words["report.kind.windows"]
        case .executable(.machO): words["report.kind.mach-o"]
        default: words["report.kind.\(typeName)"]
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
