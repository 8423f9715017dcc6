import StayformCore

extension Wizard {
    /// The start page: continue or start over, or the permit category with its explanation.
    static func drawStartPage(_ state: WizardState, page: StartPage, area: ScreenArea, into screen: inout Screen) {
        let heading: String
        switch page.step {
        case .resume: heading = state.words["wizard.start.resume"]
        case .category: heading = state.words["wizard.start.category"]
        case .confirmStartOver: heading = state.words["wizard.start.confirm"]
        }
        // The heading and each choice wrap, so that a narrow terminal still shows all of them;
        // when that needs more rows than there are, each choice keeps one line and the heading
        // what is left, so that every choice stays on screen.
        let choices = state.startChoices(for: page)
        var choiceLines = choices.map { $0.wrapped(toColumns: max(1, area.width - 2)) }
        var headingLines = heading.wrapped(toColumns: area.width)
        let rows = area.bottom - area.top
        if headingLines.count + 1 + choiceLines.joined().count > rows { choiceLines = choices.map { [$0] } }
        headingLines = Array(headingLines.prefix(max(1, rows - 1 - choiceLines.count)))
        var row = area.top
        for line in headingLines {
            screen.put(line, row: row, column: area.left, style: .label, limit: area.width)
            row += 1
        }
        row += 1
        for (index, lines) in choiceLines.enumerated() {
            let selected = index == page.highlighted
            let style: StyleRole = selected ? .sidebarCurrent : .normal
            for (number, line) in lines.enumerated() where row < area.bottom {
                if selected { screen.fill(row: row, column: area.left, count: area.width, style: style) }
                let marker = number > 0 ? "  " : selected ? "▸ " : "  "
                screen.put(marker + line, row: row, column: area.left, style: style, limit: area.width)
                row += 1
            }
        }
        guard page.step == .category, page.highlighted < state.pack.categories.count else { return }
        let category = state.pack.categories[page.highlighted]
        row += 1
        for line in category.help.resolved(for: state.language).wrapped(toColumns: area.width) where row < area.bottom {
            screen.put(line, row: row, column: area.left, style: .help, limit: area.width)
            row += 1
        }
    }

    /// Why the chosen category cannot be extended, and what to do instead.
    static func drawStoppedPage(_ state: WizardState, categoryID: String, area: ScreenArea, into screen: inout Screen) {
        let category = state.pack.category(id: categoryID)
        let title = category?.label.resolved(for: state.language) ?? categoryID
        screen.put(state.words("wizard.stopped.title", ["category": title]), row: area.top, column: area.left, style: .blocking, limit: area.width)
        let text = category?.stopText.flatMap { state.pack.texts[$0] }?.resolved(for: state.language) ?? ""
        var row = area.top + 2
        for line in text.wrapped(toColumns: area.width) where row < area.bottom - 2 {
            screen.put(line, row: row, column: area.left, style: .normal, limit: area.width)
            row += 1
        }
        screen.put(state.words["wizard.stopped.keys"], row: area.bottom - 1,
            column: area.left, style: .help, limit: area.width)
    }

    /// What to do after filing, from the pack's texts.
    static func drawNextSteps(_ state: WizardState, area: ScreenArea, into screen: inout Screen) {
        screen.put(state.words["wizard.next-steps.title"], row: area.top, column: area.left, style: .label, limit: area.width)
        var row = area.top + 2
        if !["next-steps", "in-person-visit", "filing-does-not"].contains(where: { state.pack.texts[$0] != nil }) {
            screen.put(state.words["wizard.next-steps.none"], row: row, column: area.left, style: .help, limit: area.width)
        }
        for key in ["next-steps", "in-person-visit", "filing-does-not"] {
            guard let text = state.pack.texts[key]?.resolved(for: state.language) else { continue }
            for line in text.wrapped(toColumns: area.width) where row < area.bottom {
                screen.put(line, row: row, column: area.left, style: .normal, limit: area.width)
                row += 1
            }
            row += 1
        }
    }

    /// Every answer with the document that proves it, and whether it was checked (F5).
    static func drawReview(_ state: WizardState, selected: Int, area: ScreenArea, into screen: inout Screen) {
        let words = state.words
        screen.put(words["wizard.review.title"], row: area.top, column: area.left,
            style: .label, limit: area.width)
        let statements = state.reviewStatements
        guard !statements.isEmpty else {
            screen.put(words["wizard.review.empty"], row: area.top + 2, column: area.left, style: .help, limit: area.width)
            return
        }
        let checked = statements.filter { state.draft.isReviewed($0.id) }.count
        screen.put(words("wizard.review.checked", ["checked": String(checked), "count": String(statements.count)]),
            row: area.top + 1, column: area.left, style: .help, limit: area.width)
        let rowsPerItem = 2
        let visible = max(1, (area.bottom - area.top - 3) / rowsPerItem)
        let first = max(0, min(selected - visible / 2, statements.count - visible))
        var row = area.top + 3
        for index in first..<min(statements.count, first + visible) {
            let field = statements[index]
            let isSelected = index == selected
            let mark = state.draft.isReviewed(field.id) ? "[✓]" : (state.draft.reviewMarks[field.id] != nil ? "[!]" : "[ ]")
            let style: StyleRole = isSelected ? .sidebarCurrent : .normal
            if isSelected { screen.fill(row: row, column: area.left, count: area.width, style: style) }
            let value = field.displayRows(of: state.draft.values[field.id] ?? "", in: state.pack,
                language: state.language, mask: screen.mask).joined(separator: " ")
            // An answer that cannot be right is never listed as if it were one.
            let problem = state.pack.answerProblem(of: field, in: state.findings.findings(atField: field.id))
                .map { "  \(symbol($0.severity).0) \($0.detail)" } ?? ""
            screen.put("\(mark) \(field.code) \(state.pack.label(of: field, given: state.draft.values).resolved(for: state.language)): \(value)\(problem)",
                row: row, column: area.left, style: style, limit: area.width)
            screen.put("     " + words("wizard.review.proof", ["proof": state.evidence(for: field)]), row: row + 1, column: area.left,
                style: .help, limit: area.width)
            row += rowsPerItem
        }
    }
}

extension WizardState {
    /// The document that proves `field`'s answer, as the review names it.
    public func evidence(for field: FormField) -> String {
        if let factID = field.fact, let fact = pack.fact(id: factID),
            let document = pack.document(id: fact.sourceDocumentID)
        {
            return document.label.resolved(for: language)
        }
        if let documentID = field.document, let document = pack.document(id: documentID) {
            return words("wizard.evidence.file", ["document": document.label.resolved(for: language)])
        }
        return words["wizard.evidence.statement"]
    }
}

extension Wizard {
    /// The final check (F3): ready to file or not, then every finding by section.
    static func drawFinalCheck(_ state: WizardState, selected: Int, area: ScreenArea, into screen: inout Screen) {
        let words = state.words
        let heading: String
        let style: StyleRole
        if state.isReadyToFile {
            (heading, style) = ("✓ " + words["wizard.final-check.ready"], .success)
        } else {
            let missing = state.progress.missing
            let blocking = String(state.summary.blocking)
            (heading, style) = ("✗ " + (missing > 0
                ? words("wizard.final-check.not-ready-missing", ["blocking": blocking, "missing": String(missing)])
                : words("wizard.final-check.not-ready", ["blocking": blocking])), .blocking)
        }
        // The verdict whole, on two lines if need be: it is the page's answer.
        let headingLines = heading.wrapped(toColumns: area.width).prefix(2)
        for (offset, line) in headingLines.enumerated() {
            screen.put(line, row: area.top + offset, column: area.left, style: style, limit: area.width)
        }
        let top = area.top + headingLines.count - 1
        let lines = state.finalCheckLines
        guard !lines.isEmpty else {
            screen.put(words["wizard.final-check.none"], row: top + 2, column: area.left, style: .help, limit: area.width)
            return
        }
        var findingNumber = -1
        let numbered: [(line: FinalCheckLine, number: Int?)] = lines.map { line in
            if case .finding = line {
                findingNumber += 1
                return (line, findingNumber)
            }
            return (line, nil)
        }
        let selectedRow = numbered.firstIndex { $0.number == selected } ?? 0
        let rows = area.bottom - top - 2
        let first = max(0, min(selectedRow - rows / 2, numbered.count - rows))
        var row = top + 2
        for (line, number) in numbered[first...] where row < area.bottom {
            switch line {
            case .heading(let title):
                screen.put(title, row: row, column: area.left, style: .label, limit: area.width)
            case .finding(let finding):
                let isSelected = number == selected
                if isSelected { screen.fill(row: row, column: area.left, count: area.width, style: .sidebarCurrent) }
                let (mark, markStyle) = symbol(finding.severity)
                screen.put(isSelected ? "▸" : " ", row: row, column: area.left, style: .sidebarCurrent)
                screen.put(mark, row: row, column: area.left + 1, style: isSelected ? .sidebarCurrent : markStyle)
                screen.put(" " + finding.oneLine(mask: screen.mask, words: words),
                    row: row, column: area.left + 2, style: isSelected ? .sidebarCurrent : .normal, limit: area.width - 2)
            }
            row += 1
        }
    }
}

extension Finding {
    /// The finding on one line: places, what differs, the two values (left out when `mask`
    /// hides the fields it is about), through `mask`.
    func oneLine(mask: PrivacyMask, words: Words) -> String {
        let where_ = places.map(\.displayName).joined(separator: " / ")
        var text = "\(where_): \(detail)"
        if !mask.hides(self), let expected, let found {
            text += " " + words("wizard.finding.values", ["expected": expected, "found": found])
        }
        return mask.hide(text)
    }
}

extension Finding {
    /// Whether the finding names field `id` among its places.
    func isAbout(field id: String) -> Bool {
        places.contains { if case .field(id, _) = $0 { true } else { false } }
    }
}

