import StayformCore

/// Findings opened to be read in full: their ids (looked up again on every draw, so the view
/// follows the answers), how far the text is scrolled, and whether F1 goes on to the field's
/// help.
public struct FindingDetail: Hashable, Sendable {
    /// The findings shown, by id, in order.
    public var findingIDs: [String]
    /// The first line of the text shown.
    public var scroll: Int
    /// The field whose help F1 opens from here, when opened on a field.
    public var helpFieldID: String?

    public init(findingIDs: [String], scroll: Int = 0, helpFieldID: String? = nil) {
        self.findingIDs = findingIDs
        self.scroll = scroll
        self.helpFieldID = helpFieldID
    }
}

extension Finding {
    /// The finding in full, wrapped to `width`: what is wrong, where, expected and found, what
    /// to do, each figure with its value, source, dates and confidence, and its id. Values of
    /// values `mask` hides are hidden before the text is wrapped.
    ///
    ///     finding.fullText(width: 60, pack: pack, language: "en", mask: .none)
    ///     // ["✗ Blocking", "Where: 8.3 Date signed", "What is wrong: …", …]
    public func fullText(width: Int, pack: FormPack, language: String, mask: PrivacyMask) -> [String] {
        var lines: [String] = []
        func add(_ label: String, _ text: String, indent: Int = 0) {
            let margin = String(repeating: " ", count: indent)
            lines += mask.hide("\(label)\(text)").wrapped(toColumns: max(1, width - indent)).map { margin + $0 }
        }
        let heading: String = switch severity {
        case .blocking: "✗ Blocking: fix this before filing"
        case .warning: "! Warning: check this before filing"
        case .note: "i Note: for your information"
        }
        add("", heading)
        let places = places.map { place -> String in
            switch place {
            case .field(let id, let code):
                "\(code) \(pack.field(id: id)?.label.resolved(for: language) ?? id)"
            case .document(_, let label):
                label
            }
        }
        add("Where: ", places.joined(separator: "; "))
        add("What is wrong: ", detail)
        let hides = mask.hides(self)
        if let expected { add("Expected: ", hides ? PrivacyMask.hiddenAnswer : expected) }
        if let found { add("Found: ", hides ? PrivacyMask.hiddenAnswer : found) }
        if !advice.isEmpty { add("What to do: ", advice) }
        for figure in figures {
            add("Figure: ", "\(figure.id) = \(figure.value)")
            if !figure.source.isEmpty { add("source: ", figure.source, indent: 2) }
            add("effective: ", "\(figure.effective?.iso8601 ?? "unknown"); last checked: "
                + "\(figure.checked?.iso8601 ?? "unknown"); confidence: \(figure.confidence.rawValue)", indent: 2)
        }
        add("Id: ", id)
        return lines
    }
}
