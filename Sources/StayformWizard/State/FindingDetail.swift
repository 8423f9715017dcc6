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
        let words = Language(orEnglish: language).words
        var lines: [String] = []
        func add(_ label: String, _ text: String, indent: Int = 0) {
            let margin = String(repeating: " ", count: indent)
            let labelled = label.isEmpty ? text : "\(label) \(text)"
            lines += mask.hide(labelled).wrapped(toColumns: max(1, width - indent)).map { margin + $0 }
        }
        let heading: String = switch severity {
        case .blocking: "✗ " + words["wizard.finding.blocking"]
        case .warning: "! " + words["wizard.finding.warning"]
        case .note: "i " + words["wizard.finding.note"]
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
        add(words["wizard.finding.where"], places.joined(separator: "; "))
        add(words["wizard.finding.what"], detail)
        let hides = mask.hides(self)
        if let expected { add(words["wizard.finding.expected"], hides ? PrivacyMask.hiddenAnswer(words) : expected) }
        if let found { add(words["wizard.finding.found"], hides ? PrivacyMask.hiddenAnswer(words) : found) }
        if !advice.isEmpty { add(words["wizard.finding.advice"], advice) }
        let unknown = words["wizard.finding.unknown"]
        for figure in figures {
            add(words["wizard.finding.figure"], "\(figure.id) = \(figure.value)")
            if !figure.source.isEmpty { add(words["wizard.finding.source"], figure.source, indent: 2) }
            add("", words("wizard.finding.dates", [
                "effective": figure.effective.map { words.date($0) } ?? unknown,
                "checked": figure.checked.map { words.date($0) } ?? unknown,
                "confidence": figure.confidence.wording(words),
            ]), indent: 2)
        }
        add(words["wizard.finding.id"], id)
        return lines
    }
}
