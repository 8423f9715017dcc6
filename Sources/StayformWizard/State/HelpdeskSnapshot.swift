import StayformCore

/// What a helpdesk needs to act on a user's call, taken from the wizard's state: the screen
/// (F4 only), every answer as the review shows it, every finding in full, where the user is,
/// and which pack, terminal and theme. F4 and `stayform snapshot` both write `text(…)`, in the
/// language the wizard shows.
///
///     let snapshot = HelpdeskSnapshot(state, showingScreen: false, mask: PrivacyMask(pack: pack, draft: draft))
///     snapshot.text(version: "0.1.0", theme: "default")
public struct HelpdeskSnapshot: Hashable, Sendable {
    /// The screen's rows, when taken from a running wizard.
    public let screen: [String]?
    /// The header lines: form, pack, position, completion, terminal.
    public let details: [String]
    /// Every answer given, one line each, as the review shows it.
    public let answers: [String]
    /// Every finding in full, worst first, a blank line between two.
    public let findings: [String]
    /// How many findings there are.
    public let findingCount: Int
    /// Whether identifying numbers are hidden.
    public let isMasked: Bool
    /// The language the snapshot is written in.
    public let language: Language

    /// The snapshot of `state`, hiding what `mask` hides; with the screen as drawn when
    /// `showingScreen`.
    public init(_ state: WizardState, showingScreen: Bool, mask: PrivacyMask) {
        var shown = state
        shown.isMasked = !mask.isEmpty
        screen = showingScreen ? Wizard.view(shown).lines : nil
        isMasked = !mask.isEmpty
        language = state.shownLanguage
        let words = state.words
        let pack = state.pack
        let section = state.currentSection.code
        var details = [
            words("snapshot.form", ["title": pack.title.resolved(for: state.language), "pack": pack.id, "edition": pack.edition]),
            state.currentField.map { words("snapshot.position-field", ["section": section, "field": $0.code]) }
                ?? words("snapshot.position", ["section": section]),
            words("snapshot.completion", ["percent": String(state.progress.percentComplete)]),
        ]
        if let days = state.daysUntilPermitExpires {
            details.append(days >= 0
                ? words("snapshot.permit-ends", ["days": String(days)])
                : words("snapshot.permit-ended", ["days": String(-days)]))
        }
        details.append(showingScreen
            ? words("snapshot.terminal", ["size": "\(state.size.columns)×\(state.size.rows)"])
            : words["snapshot.terminal-none"])
        self.details = details
        answers = state.reviewStatements.map { field in
            let value = field.displayRows(of: state.draft.values[field.id] ?? "", in: pack,
                language: state.language, mask: mask).joined(separator: " / ")
            let mark = state.draft.isReviewed(field.id) ? "[✓]" : (state.draft.reviewMarks[field.id] != nil ? "[!]" : "[ ]")
            let label = pack.label(of: field, given: state.draft.values).resolved(for: state.language)
            return mask.hide("\(mark) \(field.code) \(label): \(value)")
        }
        var findings: [String] = []
        for finding in state.findings.findings.sorted(by: { $0.severity > $1.severity }) {
            if !findings.isEmpty { findings.append("") }
            findings += finding.fullText(width: 100, pack: pack, language: state.language, mask: mask)
        }
        self.findings = findings
        findingCount = state.findings.findings.count
    }

    /// The snapshot as a text file, every line made terminal-safe; `theme` is the one in use,
    /// `nil` when written without the wizard.
    public func text(version: String, theme: String?) -> String {
        let words = language.words
        var lines = [words("snapshot.title", ["version": version])] + details
        lines.append(theme.map { words("snapshot.theme", ["theme": $0]) } ?? words["snapshot.theme-none"])
        lines.append(words[isMasked ? "snapshot.numbers-hidden" : "snapshot.numbers-shown"])
        if let screen { lines += ["", words["snapshot.screen"]] + screen }
        lines += ["", words("snapshot.answers", ["count": String(answers.count)])]
            + (answers.isEmpty ? [words["snapshot.answers-none"]] : answers)
        lines += ["", words("snapshot.findings", ["count": String(findingCount)])]
            + (findings.isEmpty ? [words["snapshot.findings-none"]] : findings)
        return lines.map(\.terminalSafe).joined(separator: "\n") + "\n"
    }
}
