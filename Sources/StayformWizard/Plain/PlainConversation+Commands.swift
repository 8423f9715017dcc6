import StayformCore

/// The commands plain mode takes at any prompt, each listed by `help`.
extension PlainConversation {
    /// Every command with what it does, as `help` prints them.
    public static let commandHelp: [(command: String, does: String)] = [
        ("help", "this list, and the help of the question asked"),
        ("back", "the question before"),
        ("skip", "the next question, leaving this one as it is"),
        ("go CODE", "the question with that code, e.g. go 2.3 (go 5: the first question of section 5)"),
        ("list", "every option of the question asked"),
        ("clear", "removes the answer to the question asked"),
        ("check", "the final check: every finding, and whether the application is ready to file"),
        ("review", "every answer given, by section"),
        ("documents", "confirm what each attached document shows"),
        ("attach PATH", "attaches a file to the document asked (attach CODE PATH: to that one)"),
        ("status", "saved or not, how complete, the findings counted, days left"),
        ("quit", "saves and leaves"),
    ]

    /// The reply to `line` when it is a command; `nil` when it is an answer.
    mutating func command(_ line: String) -> PlainReply? {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first?.lowercased() else { return nil }
        let argument = words.count > 1 ? words[1].trimmingWhitespace : ""
        switch (name, argument.isEmpty) {
        case ("help", true): return PlainReply(lines: helpLines)
        case ("back", true): return back()
        case ("skip", true):
            if !pendingConfirmations.isEmpty {
                pendingConfirmations = []
                return PlainReply(lines: ["The rest of the document check is left for later."])
            }
            guard let field = currentField else { return PlainReply(lines: ["There is no question left to skip."]) }
            moveToNext(after: field)
            return PlainReply()
        case ("go", false): return go(to: argument)
        case ("list", true): return PlainReply(lines: listLines)
        case ("clear", true):
            guard let field = currentField else { return PlainReply(lines: ["There is no question to clear."]) }
            if isReadOnly { return PlainReply(lines: [PlainConversation.readOnlyRefusal]) }
            return store("", in: field)
        case ("check", true): return PlainReply(lines: checkLines)
        case ("review", true): return PlainReply(lines: reviewLines)
        case ("documents", true): return documents()
        case ("attach", false): return attach(argument)
        case ("status", true): return PlainReply(lines: statusLines)
        case ("quit", true), ("exit", true): return PlainReply(lines: ["Saving and leaving."], effects: [.quit])
        default: return nil
        }
    }

    /// The help of the question asked, then the commands.
    var helpLines: [String] {
        var lines: [String] = []
        if let field = currentField {
            let help = pack.help(of: field, given: draft.values).resolved(for: language)
            lines.append(help.isEmpty ? "\(field.code) has no help text." : "Help for \(field.code): \(help)")
        }
        lines.append("Commands, at any prompt (start a line with = to answer a word such as back):")
        lines += PlainConversation.commandHelp.map { "  \($0.command): \($0.does)" }
        return lines
    }

    /// The options of the question asked, numbered.
    var listLines: [String] {
        guard let field = currentField, field.editing == .choice || field.editing == .multipleChoice else {
            return ["The question asked has no options to list."]
        }
        return numbered(field.choiceOptions(in: pack))
    }

    /// Goes to the asked field before the current one (the last one when past the end).
    mutating func back() -> PlainReply {
        pendingConfirmations = []
        let asked = askedFields
        let order = pack.allFields.map(\.id)
        let position = currentFieldID.flatMap { order.firstIndex(of: $0) } ?? order.count
        guard let previous = asked.last(where: { (order.firstIndex(of: $0.id) ?? 0) < position }) else {
            return PlainReply(lines: ["This is the first question."])
        }
        move(to: previous)
        return PlainReply(effects: [.save])
    }

    /// Goes to the field, or the first asked field of the section, with `code`.
    mutating func go(to code: String) -> PlainReply {
        pendingConfirmations = []
        if let field = pack.allFields.first(where: { $0.code == code }) {
            guard pack.isAsked(field, in: draft) else {
                return PlainReply(lines: ["\(field.code) is not asked for this application, given your answers so far."])
            }
            move(to: field)
            return PlainReply(effects: [.save])
        }
        if let section = pack.sections.first(where: { $0.code == code }) {
            guard let first = section.fields.first(where: { pack.isAsked($0, of: section, in: draft) }) else {
                return PlainReply(lines: ["Section \(section.code) is not asked for this application."])
            }
            move(to: first)
            return PlainReply(effects: [.save])
        }
        return PlainReply(lines: ["There is no question \(code). Codes look like 2.3; review lists them."])
    }

    /// The final check as `stayform check` prints it, with the verdict.
    public var checkLines: [String] {
        let report = FindingReport(today: today, drafts: [
            DraftFindings(path: draftName, formID: pack.id, edition: pack.edition, findings: findings.findings)
        ])
        var lines = report.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        let blocking = findings.findings(of: .blocking).count
        lines.append(blocking == 0
            ? "Verdict: Ready to file. Nothing blocks this application."
            : "Verdict: Not ready to file. \(blocking) blocking finding\(blocking == 1 ? "" : "s") to fix first.")
        return lines
    }

    /// Every asked question with its answer, by section.
    var reviewLines: [String] {
        var lines: [String] = []
        for section in pack.sections where pack.isAsked(section, in: draft) {
            lines.append("Section \(section.code) \(section.title.resolved(for: language)):")
            for field in section.fields where pack.isAsked(field, of: section, in: draft) {
                let label = pack.label(of: field, given: draft.values).resolved(for: language)
                let value = answer(of: field)
                let needed = isNeeded(field) ? "required, " : ""
                lines.append("  \(field.code) \(label): " + (value.isEmpty ? "\(needed)no answer." : "\(shown(value, of: field))."))
            }
        }
        return lines
    }

    /// Starts confirming what each attached document shows.
    mutating func documents() -> PlainReply {
        var confirmations: [DocumentConfirmation] = []
        for document in pack.documents where !(draft.attachments[document.id]?.isEmpty ?? true) {
            let check = DocumentCheck(document: document, pack: pack)
            for row in check.rows where !(draft.values[row.ownerFieldID] ?? "").isEmpty {
                confirmations.append(DocumentConfirmation(documentID: document.id, row: row))
            }
        }
        guard !confirmations.isEmpty else {
            return PlainReply(lines: ["No attached document restates an answer given. Attach the documents first (section 7)."])
        }
        pendingConfirmations = confirmations
        return PlainReply(lines: ["\(confirmations.count) fact\(confirmations.count == 1 ? "" : "s") to confirm, one at a time."])
    }

    /// Attaches a file: `PATH` to the document asked, or `CODE PATH` to that document's field.
    mutating func attach(_ argument: String) -> PlainReply {
        if isReadOnly { return PlainReply(lines: [PlainConversation.readOnlyRefusal]) }
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        var field = currentField
        var path = argument
        if words.count == 2, let named = pack.allFields.first(where: { $0.code == words[0] }) {
            field = named
            path = words[1]
        }
        guard let field, field.type == .attachment else {
            return PlainReply(lines: ["attach works at a document question; give its code: attach 7.1 PATH."])
        }
        guard pack.isAsked(field, in: draft) else {
            return PlainReply(lines: ["\(field.code) is not asked for this application, given your answers so far."])
        }
        let value = field.committedValue(path)
        var reply = store(value, in: field)
        if !value.isEmpty { reply.effects.append(.inspectAttachment(fieldID: field.id, path: value)) }
        return reply
    }
}
