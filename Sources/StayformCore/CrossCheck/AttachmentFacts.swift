/// What was read from an attached file on disk (the core does no I/O: persistence gathers
/// these and the engine checks them), keyed by the path as the draft records it.
public struct AttachmentFacts: Hashable, Sendable {
    /// Whether the file could be opened and read to the end.
    public var isReadable: Bool
    /// Why it could not be read (`no such file`), when it could not.
    public var problem: String?
    /// Its size in bytes.
    public var size: Int
    /// The kind detected from its first bytes; `nil` when not read.
    public var kind: AttachmentKind?
    /// The pixel size of an image, from its header.
    public var pixelSize: PixelSize?
    /// The SHA-256 of the whole content, lowercase hex; `nil` when not read in full.
    public var sha256: String?
    /// Whether the file is still being read (the wizard paints before reading the draft's
    /// attachments); until it is, it counts as not readable, so no verdict is given without it.
    public var isBeingRead = false

    public init(
        isReadable: Bool, problem: String? = nil, size: Int = 0, kind: AttachmentKind? = nil,
        pixelSize: PixelSize? = nil, sha256: String? = nil
    ) {
        self.isReadable = isReadable
        self.problem = problem
        self.size = size
        self.kind = kind
        self.pixelSize = pixelSize
        self.sha256 = sha256
    }

    /// A file whose reading has started but not finished.
    public static let beingRead: AttachmentFacts = {
        var facts = AttachmentFacts(isReadable: false)
        facts.isBeingRead = true
        return facts
    }()

    /// A file that could not be read, and why.
    public static func unreadable(_ problem: String) -> AttachmentFacts {
        AttachmentFacts(isReadable: false, problem: problem)
    }
}
