import StayformCore

/// What the privacy mask (F6) hides, and the one place that hides it: the answers of the
/// fields the pack marks `mask: true`, every restatement of their facts by a document, and
/// the values findings about them quote. Every text drawn on the screen, every message and
/// every snapshot passes through `hide(_:)`.
///
///     let mask = PrivacyMask(pack: pack, draft: draft, findings: findings)
///     mask.hide("the document says “C8H3KL2F8”")  // "the document says “●●●●●●”"
public struct PrivacyMask: Hashable, Sendable {
    /// What a hidden value becomes.
    public static let placeholder = "●●●●●●"
    /// What a hidden answer shows in its field: `●●●●●● hidden (F6 shows it)`.
    public static func hiddenAnswer(_ words: Words) -> String {
        placeholder + " " + words["wizard.mask.hidden"]
    }
    /// Values shorter than this are not hidden: they identify no one, and hiding them would
    /// blank out unrelated text (a "12" in a date).
    public static let shortestHidden = 4
    /// The mask that hides nothing (F6 off).
    public static let none = PrivacyMask(fieldIDs: [], values: [])

    /// The fields whose answers are hidden.
    public let fieldIDs: Set<String>
    /// The values hidden wherever they appear, longest first (so that a value containing
    /// another is hidden whole).
    public let values: [String]

    init(fieldIDs: Set<String>, values: Set<String>) {
        self.fieldIDs = fieldIDs
        self.values = values.filter { $0.count >= Self.shortestHidden }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The mask of `draft`: the answers of `pack`'s masked fields and of every field stating
    /// the same fact, each document's restatement of them, and what `findings` about them
    /// quote as expected and found.
    public init(pack: FormPack, draft: Draft, findings: [Finding] = []) {
        let masked = pack.allFields.filter(\.isMasked)
        var fieldIDs = Set(masked.map(\.id))
        for fact in Set(masked.compactMap(\.fact)) {
            fieldIDs.formUnion(pack.fields(statingFact: fact).map(\.id))
        }
        var values: Set<String> = []
        func add(_ value: String) {
            for line in value.split(whereSeparator: \.isNewline) {
                let line = line.trimmingWhitespace
                values.insert(line)
                values.insert(line.uppercased())
                values.insert(String(line.filter { !$0.isWhitespace }))
            }
        }
        for id in fieldIDs {
            if let value = draft.values[id] { add(value) }
            for restatements in draft.restatements.values {
                switch restatements[id] {
                case .matches(let value), .differs(let value): add(value)
                case nil: break
                }
            }
        }
        for finding in findings where finding.isAbout(anyOf: fieldIDs) {
            if let expected = finding.expected { add(expected) }
            if let found = finding.found { add(found) }
        }
        self.init(fieldIDs: fieldIDs, values: values)
    }

    /// Whether the mask hides anything at all.
    public var isEmpty: Bool { fieldIDs.isEmpty && values.isEmpty }

    /// Whether the answer of field `id` is hidden.
    public func hides(field id: String) -> Bool { fieldIDs.contains(id) }

    /// Whether `finding` is about a field whose answer is hidden.
    public func hides(_ finding: Finding) -> Bool { finding.isAbout(anyOf: fieldIDs) }

    /// `text` with every hidden value in it replaced by `placeholder`.
    ///
    ///     mask.hide("C8H3KL2F8 and C8H3KL2F8")  // "●●●●●● and ●●●●●●"
    public func hide(_ text: String) -> String {
        guard !values.isEmpty else { return text }
        var text = text
        for value in values where text.contains(value) {
            text = text.replacing(value, with: Self.placeholder)
        }
        return text
    }
}

extension Finding {
    /// Whether the finding names any of the fields `ids` among its places.
    func isAbout(anyOf ids: Set<String>) -> Bool {
        places.contains { if case .field(let id, _) = $0 { ids.contains(id) } else { false } }
    }
}

extension WizardState {
    /// What F6 hides now: nothing when it is off.
    public var privacyMask: PrivacyMask {
        isMasked ? PrivacyMask(pack: pack, draft: draft, findings: findings.findings) : .none
    }
}
