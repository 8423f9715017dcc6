import StayformCore

extension Wizard {
    /// Findings in full, in a box as large as the page, scrolled with the arrows.
    static func drawFindingDetail(_ detail: FindingDetail, state: WizardState, area: ScreenArea, into screen: inout Screen) {
        let words = state.words
        let width = max(1, area.width - 4)
        var lines: [String] = []
        for finding in state.findings(of: detail) {
            if !lines.isEmpty { lines.append("") }
            lines += finding.fullText(
                width: width, pack: state.pack, language: state.language, mask: screen.mask)
        }
        if lines.isEmpty { lines = [words["wizard.finding.gone"]] }
        if let (_, readings) = state.ambiguousDate(in: detail) {
            let days = readings.map { words.date($0, style: .abbreviated) }
            lines = words("wizard.finding.which-day", ["first": days[0], "second": days[1]])
                .wrapped(toColumns: width) + [""] + lines
        }
        let visible = max(1, area.height - 2)
        let first = min(detail.scroll, max(0, lines.count - visible))
        let shown = Array(lines[first...])
        let more = lines.count - first - visible
        let footer = more > 0
            ? "↓ " + words("wizard.finding.footer-more", ["count": String(more)]) : words["wizard.finding.footer"]
        let count = detail.findingIDs.count
        let title = words.counted("wizard.finding.title", count)
        // Blank lines fill the box to the page's size, so nothing of the page shows through.
        let blank = String(repeating: " ", count: width)
        let padded = shown + Array(repeating: blank, count: max(1, visible - shown.count))
        drawBox(title: title, lines: padded, footer: footer, area: area, into: &screen)
    }
}
