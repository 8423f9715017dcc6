import StayformCore

/// A draft read and checked by `DraftChecker.inspect(path:)`: the draft, its pack, what was
/// read from its attached files (keyed by the path the draft records) and its findings.
public struct CheckedDraft: Hashable, Sendable {
    public var draft: Draft
    public var pack: FormPack
    public var attachments: [String: AttachmentFacts]
    /// In pack rule order.
    public var findings: [Finding]

    public init(draft: Draft, pack: FormPack, attachments: [String: AttachmentFacts], findings: [Finding]) {
        self.draft = draft
        self.pack = pack
        self.attachments = attachments
        self.findings = findings
    }
}
