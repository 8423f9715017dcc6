/// A file attached to a document of the package, as it was when attached.
public struct Attachment: Hashable, Sendable {
    /// Where the file is, as the user chose it.
    public var path: String
    /// Its size in bytes.
    public var size: Int
    /// The type detected from its content (`image/jpeg`, `application/pdf`).
    public var detectedType: String
    /// The SHA-256 of its content, lowercase hex, to notice a file changed after attaching.
    public var sha256: String

    public init(path: String, size: Int, detectedType: String, sha256: String) {
        self.path = path
        self.size = size
        self.detectedType = detectedType
        self.sha256 = sha256
    }
}
