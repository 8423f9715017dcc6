import StayformCore

/// What a helpdesk needs to act on a user's call, taken from the wizard's state: the screen
/// (F4 only), every answer as the review shows it, every finding in full, where the user is,
/// and which pack, terminal and theme. F4 and `stayform snapshot` both write `text(…)`.
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

    /// The snapshot of `state`, hiding what `mask` hides; with the screen as drawn when
    /// `showingScreen`.
    public init(_ state: WizardState, showingScreen: Bool, mask: PrivacyMask) {
        var shown = state
        shown.isMasked = !mask.isEmpty
        screen = showingScreen ? Wizard.view(shown).lines : nil
        isMasked = !mask.isEmpty
        let pack = state.pack
        var details = [
            "Form: \(pack.title.resolved(for: state.language)) (pack \(pack.id), edition \(pack.edition))",
            "Position: section \(state.currentSection.code)" + (state.currentField.map { ", field \($0.code)" } ?? ""),
            "Completion: \(state.progress.percentComplete)%",
        ]
        if let days = state.daysUntilPermitExpires {
            details.append("Permit: \(days >= 0 ? "ends in \(days) days" : "ended \(-days) days ago")")
        }
        details.append("Terminal: " + (showingScreen ? "\(state.size.columns)×\(state.size.rows)" : "none (written without the wizard)"))
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
        var lines = ["stayform snapshot (stayform \(version))"] + details
        lines.append("Theme: \(theme ?? "none (written without the wizard)")")
        lines.append("Identifying numbers: " + (isMasked ? "hidden (as F6 shows them)" : "shown"))
        if let screen { lines += ["", "Screen:"] + screen }
        lines += ["", "Answers (\(answers.count)):"] + (answers.isEmpty ? ["(none yet)"] : answers)
        lines += ["", "Findings (\(findingCount)):"] + (findings.isEmpty ? ["(none)"] : findings)
        return lines.map(\.terminalSafe).joined(separator: "\n") + "\n"
    }
}
