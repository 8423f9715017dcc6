import StayformCore

/// The commands plain mode takes at any prompt, each listed by `help`.
extension PlainConversation {
    /// Every command with what it does in `words`' language, as `help` prints them. The
    /// commands themselves are the same in every language.
    public static func commandHelp(_ words: Words) -> [(command: String, does: String)] {
        [
            ("help", words["plain.command.help"]),
            ("back", words["plain.command.back"]),
            ("skip", words["plain.command.skip"]),
            ("go CODE", words["plain.command.go"]),
            ("list", words["plain.command.list"]),
            ("clear", words["plain.command.clear"]),
            ("check", words["plain.command.check"]),
            ("review", words["plain.command.review"]),
            ("documents", words["plain.command.documents"]),
            ("attach PATH", words["plain.command.attach"]),
            ("status", words["plain.command.status"]),
            ("quit", words["plain.command.quit"]),
        ]
    }

    /// The reply to `line` when it is a command; `nil` when it is an answer.
    mutating func command(_ line: String) -> PlainReply? {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = parts.first?.lowercased() else { return nil }
        let argument = parts.count > 1 ? parts[1].trimmingWhitespace : ""
        switch (name, argument.isEmpty) {
        case ("help", true): return PlainReply(lines: helpLines)
        case ("back", true): return back()
        case ("skip", true):
            if !pendingConfirmations.isEmpty {
                pendingConfirmations = []
                return PlainReply(lines: [words["plain.skip.documents"]])
            }
            guard let field = currentField else { return PlainReply(lines: [words["plain.skip.none"]]) }
            moveToNext(after: field)
            return PlainReply()
        case ("go", false): return go(to: argument)
        case ("list", true): return PlainReply(lines: listLines)
        case ("clear", true):
            guard let field = currentField else { return PlainReply(lines: [words["plain.clear.none"]]) }
            if isReadOnly { return PlainReply(lines: [readOnlyRefusal]) }
            return store("", in: field)
        case ("check", true): return PlainReply(lines: checkLines)
        case ("review", true): return PlainReply(lines: reviewLines)
        case ("documents", true): return documents()
        case ("attach", false): return attach(argument)
        case ("status", true): return PlainReply(lines: statusLines)
        case ("quit", true), ("exit", true): return PlainReply(lines: [words["plain.quit"]], effects: [.quit])
        default: return nil
        }
    }

    /// The help of the question asked, then the commands.
    var helpLines: [String] {
        var lines: [String] = []
        if let field = currentField {
            let help = pack.help(of: field, given: draft.values).resolved(for: language)
            lines.append(help.isEmpty
                ? words("plain.help.none", ["code": field.code])
                : words("plain.help.field", ["code": field.code, "help": help]))
        }
        lines.append(words["plain.help.commands"])
        lines += PlainConversation.commandHelp(words).map { "  \($0.command): \($0.does)" }
        return lines
    }

    /// The options of the question asked, numbered.
    var listLines: [String] {
        guard let field = currentField, field.editing == .choice || field.editing == .multipleChoice else {
            return [words["plain.list.none"]]
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
            return PlainReply(lines: [words["plain.back.first"]])
        }
        move(to: previous)
        return PlainReply(effects: [.save])
    }

    /// Goes to the field, or the first asked field of the section, with `code`.
    mutating func go(to code: String) -> PlainReply {
        pendingConfirmations = []
        if let field = pack.allFields.first(where: { $0.code == code }) {
            guard pack.isAsked(field, in: draft) else {
                return PlainReply(lines: [words("plain.not-asked", ["code": field.code])])
            }
            move(to: field)
            return PlainReply(effects: [.save])
        }
        if let section = pack.sections.first(where: { $0.code == code }) {
            guard let first = section.fields.first(where: { pack.isAsked($0, of: section, in: draft) }) else {
                return PlainReply(lines: [words("plain.go.section-not-asked", ["code": section.code])])
            }
            move(to: first)
            return PlainReply(effects: [.save])
        }
        return PlainReply(lines: [words("plain.go.no-such", ["code": code])])
    }

    /// The final check as `stayform check` prints it, with the verdict.
    public var checkLines: [String] {
        let report = FindingReport(today: today, drafts: [
            DraftFindings(path: draftName, formID: pack.id, edition: pack.edition, findings: findings.findings)
        ], language: language)
        var lines = report.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        let blocking = findings.findings(of: .blocking).count
        lines.append(blocking == 0 ? words["plain.verdict.ready"] : words.counted("plain.verdict.not-ready", blocking))
        return lines
    }

    /// Every asked question with its answer, by section.
    var reviewLines: [String] {
        var lines: [String] = []
        for section in pack.sections where pack.isAsked(section, in: draft) {
            lines.append(words("plain.review.section", ["code": section.code, "title": section.title.resolved(for: language)]))
            for field in section.fields where pack.isAsked(field, of: section, in: draft) {
                let label = pack.label(of: field, given: draft.values).resolved(for: language)
                let value = answer(of: field)
                let missing = words[isNeeded(field) ? "plain.review.required-missing" : "plain.review.missing"]
                lines.append("  \(field.code) \(label): " + (value.isEmpty ? missing : "\(shown(value, of: field))."))
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
            return PlainReply(lines: [words["plain.documents.none"]])
        }
        pendingConfirmations = confirmations
        return PlainReply(lines: [words.counted("plain.documents.count", confirmations.count)])
    }

    /// Attaches a file: `PATH` to the document asked, or `CODE PATH` to that document's field.
    mutating func attach(_ argument: String) -> PlainReply {
        if isReadOnly { return PlainReply(lines: [readOnlyRefusal]) }
        let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
        var field = currentField
        var path = argument
        if parts.count == 2, let named = pack.allFields.first(where: { $0.code == parts[0] }) {
            field = named
            path = parts[1]
        }
        guard let field, field.type == .attachment else {
            return PlainReply(lines: [words["plain.attach.where"]])
        }
        guard pack.isAsked(field, in: draft) else {
            return PlainReply(lines: [words("plain.not-asked", ["code": field.code])])
        }
        let value = field.committedValue(path)
        var reply = store(value, in: field)
        if !value.isEmpty { reply.effects.append(.inspectAttachment(fieldID: field.id, path: value)) }
        return reply
    }
}
