import StayformCore

/// What the conversation says to one typed line, and what the runner must do.
public struct PlainReply: Hashable, Sendable {
    /// Sentences to print, in order (the next question is `promptLines`, printed after the
    /// effects are done).
    public var lines: [String]
    /// What the runner does next, in order.
    public var effects: [PlainEffect]

    public init(lines: [String] = [], effects: [PlainEffect] = []) {
        self.lines = lines
        self.effects = effects
    }
}

/// Work the conversation asks the runner to do, outside the pure model.
public enum PlainEffect: Hashable, Sendable {
    /// Save the draft durably (an answer was committed).
    case save
    /// Read the file at `path` and report it with `attached(_:at:to:)`.
    case inspectAttachment(fieldID: String, path: String)
    /// Save and leave.
    case quit
}

extension PlainConversation {
    /// Takes one typed line: a command (see `commandHelp`) or an answer to the question asked.
    /// A line starting with `=` is always an answer (`= back` answers "back").
    public mutating func respond(to line: String) -> PlainReply {
        let trimmed = line.trimmingWhitespace
        if trimmed.hasPrefix("=") { return answer(String(trimmed.dropFirst()).trimmingWhitespace) }
        if let reply = command(trimmed) { return reply.terminalSafe }
        return answer(trimmed).terminalSafe
    }

    /// `line` as an answer to the confirmation or question being asked.
    mutating func answer(_ line: String) -> PlainReply {
        if let confirmation = pendingConfirmations.first { return confirm(confirmation, with: line) }
        guard let field = currentField else {
            return PlainReply(lines: [words["plain.answer.none-left"]])
        }
        if line.isEmpty {
            moveToNext(after: field)
            return PlainReply()
        }
        if isReadOnly { return PlainReply(lines: [readOnlyRefusal]) }
        let value: String
        switch field.editing {
        case .yesNo:
            switch line.lowercased() {
            case "y", "yes", "ya": value = "yes"
            case "n", "no", "t", "tidak": value = "no"
            default: return PlainReply(lines: [words("plain.answer.yes-no", ["code": field.code, "typed": line])])
            }
        case .choice, .multipleChoice:
            switch choose(line, for: field) {
            case .success(let chosen): value = chosen
            case .failure(let problem): return PlainReply(lines: [problem.message])
            }
        case .text:
            value = field.committedValue(line)
        }
        var reply = store(value, in: field)
        if field.type == .attachment {
            reply.effects.append(.inspectAttachment(fieldID: field.id, path: value))
            return reply
        }
        moveToNext(after: field)
        return reply
    }

    /// Why a read-only draft takes no answer.
    var readOnlyRefusal: String { words["plain.read-only.refusal"] }

    /// Stores `value` as the answer to `field` and says what it changed.
    mutating func store(_ value: String, in field: FormField) -> PlainReply {
        if value.isEmpty {
            draft.values.removeValue(forKey: field.id)
        } else {
            draft.values[field.id] = value
        }
        if field.type == .attachment, value.isEmpty, let document = field.document {
            draft.attachments.removeValue(forKey: document)
        }
        var lines = [value.isEmpty
            ? words("plain.cleared", ["code": field.code])
            : words("plain.stored", ["code": field.code, "value": shown(value, of: field)])]
        lines += recheck([field.id])
        return PlainReply(lines: lines, effects: [.save])
    }

    /// Runs the rules that read `fieldIDs` again and says which findings appeared and which went.
    mutating func recheck(_ fieldIDs: Set<String>) -> [String] {
        let before = findings.findings
        engine.update(&findings, changedFields: fieldIDs, draft: draft, today: today, attachments: attachmentFacts)
        return PlainConversation.changes(from: before, to: findings.findings, words: words)
    }

    /// One sentence per finding that appeared or went between `before` and `after`.
    static func changes(from before: [Finding], to after: [Finding], words: Words) -> [String] {
        let beforeIDs = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        for finding in after {
            if let old = beforeIDs[finding.id] {
                if old != finding { lines.append(words("plain.finding.changed", ["finding": finding.sentence()])) }
            } else {
                lines.append(words("plain.finding.new", ["finding": finding.sentence()]))
            }
        }
        for finding in before where afterIDs[finding.id] == nil {
            lines.append(words("plain.finding.resolved", ["finding": finding.sentence(advising: false)]))
        }
        return lines
    }

    /// Why a typed choice cannot be taken.
    struct ChoiceProblem: Error {
        let message: String
    }

    /// The value `typed` picks for `field`: by number, or by the wizard chooser's search (the
    /// first option it matches). A multiple choice takes several, separated by commas.
    func choose(_ typed: String, for field: FormField) -> Result<String, ChoiceProblem> {
        let options = field.choiceOptions(in: pack)
        let isMultiple = field.editing == .multipleChoice
        let parts = isMultiple ? typed.split(separator: ",").map { String($0).trimmingWhitespace } : [typed]
        var chosen: Set<String> = []
        for part in parts where !part.isEmpty {
            if let number = Int(part) {
                guard (1...options.count).contains(number) else {
                    return .failure(ChoiceProblem(message: words(
                        "plain.choice.out-of-range", ["code": field.code, "count": String(options.count), "number": String(number)])))
                }
                chosen.insert(options[number - 1].value)
                continue
            }
            var chooser = Chooser(fieldID: field.id, options: options, isMultiple: false)
            var filter = chooser.filter
            filter.insert(part)
            chooser.setFilter(filter)
            guard let value = chooser.chosenValue else {
                return .failure(ChoiceProblem(message: words("plain.choice.no-match", ["code": field.code, "typed": part])))
            }
            chosen.insert(value)
        }
        guard !chosen.isEmpty else { return .failure(ChoiceProblem(message: words["plain.choice.empty"])) }
        return .success(options.filter { chosen.contains($0.value) }.map(\.value).joined(separator: ","))
    }

    /// Moves to the first asked field after `field` in form order, or past the last.
    mutating func moveToNext(after field: FormField) {
        if asksCategoryFirst {
            asksCategoryFirst = false
            move(to: askedFields.first { $0.id != field.id })
            return
        }
        let order = pack.allFields.map(\.id)
        let position = order.firstIndex(of: field.id) ?? -1
        let next = askedFields.first { (order.firstIndex(of: $0.id) ?? -1) > position }
        move(to: next)
    }

    /// Asks `field` next (`nil`: past the last question), remembering it as the draft's position.
    mutating func move(to field: FormField?) {
        currentFieldID = field?.id
        asksCategoryFirst = false
        if let field, let section = pack.section(holding: field.id) {
            draft.position = DraftPosition(section: section.id, field: field.id)
        }
    }

    /// Records what was read from the file attached in `fieldID`, and says what it is and what
    /// it changed; the question moves on.
    public mutating func attached(_ facts: AttachmentFacts, at path: String, to fieldID: String) -> [String] {
        guard let field = pack.field(id: fieldID), let document = field.document else { return [] }
        attachmentFacts[path] = facts
        draft.values[fieldID] = path
        draft.attachments[document] = [
            Attachment(path: path, size: facts.size, detectedType: facts.kind?.mediaType ?? "", sha256: facts.sha256 ?? "")
        ]
        var lines: [String]
        if let problem = facts.problem, !facts.isReadable {
            lines = ["\(field.code): \(problem)"]
        } else {
            var description = words("plain.attached", [
                "code": field.code, "kind": facts.kind?.displayName(in: words) ?? words["plain.attached.unknown"],
                "size": ByteCount(facts.size).written(in: words),
            ])
            if let pixels = facts.pixelSize { description += ", " + words("plain.attached.pixels", ["pixels": "\(pixels)"]) }
            lines = [description + "."]
            if let check = pack.document(id: document).map({ DocumentCheck(document: $0, pack: pack) }),
                !check.rows.isEmpty
            {
                lines.append(words.counted("plain.attached.restates", check.rows.count))
            }
        }
        lines += recheck([fieldID])
        if currentFieldID == fieldID { moveToNext(after: field) }
        return lines.map(\.terminalSafe)
    }

    /// Takes `line` as what the document of `confirmation` shows.
    mutating func confirm(_ confirmation: DocumentConfirmation, with line: String) -> PlainReply {
        pendingConfirmations.removeFirst()
        guard !line.isEmpty else { return PlainReply() }
        if isReadOnly { return PlainReply(lines: [readOnlyRefusal]) }
        let owner = draft.values[confirmation.row.ownerFieldID] ?? ""
        let restatement: Restatement = ["y", "yes", "ya"].contains(line.lowercased()) || line == owner
            ? .matches(owner) : .differs(line)
        draft.restatements[confirmation.documentID, default: [:]][confirmation.row.ownerFieldID] = restatement
        var lines = [restatement == .matches(owner)
            ? words("plain.confirm.matches", ["value": owner]) : words("plain.confirm.differs", ["value": line])]
        lines += recheck([confirmation.row.ownerFieldID])
        return PlainReply(lines: lines, effects: [.save])
    }
}

extension PlainReply {
    /// This reply with every line made terminal-safe.
    var terminalSafe: PlainReply {
        PlainReply(lines: lines.map(\.terminalSafe), effects: effects)
    }
}
