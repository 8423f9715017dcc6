import StayformCore

/// The wizard as a conversation, one line at a time, for screen readers, braille displays,
/// serial consoles and pipes: it asks the questions that apply, in form order, as plain
/// sentences, takes one typed line at a time and says what changed. Pure: it reads no file,
/// no clock and no keyboard; the runner feeds it lines and performs its effects.
///
///     var talk = PlainConversation(pack: pack, draft: draft, today: today, draftName: "ana.json")
///     print(talk.opening.joined(separator: "\n"))
///     let reply = talk.respond(to: "14 Jul 1985")
///     reply.lines     // ["Stored 1.3: 1985-07-14 (14 Jul 1985).", …, "1.4 Place of birth …"]
///     reply.effects   // [.save]
public struct PlainConversation: Sendable {
    /// The form being filled in.
    public let pack: FormPack
    /// The draft, with every answer given so far.
    public internal(set) var draft: Draft
    /// The cross-checks of the pack.
    public let engine: CrossCheckEngine
    /// Every finding for the draft as it is now.
    public internal(set) var findings: FindingSet
    /// What was read from each attached file, by path.
    public internal(set) var attachmentFacts: [String: AttachmentFacts]
    /// The field being asked, by id; `nil` once the last question is passed.
    public internal(set) var currentFieldID: String?
    /// Whether the permit category is asked first (a new draft, as the wizard's start page
    /// does); the questions then start at the first field.
    var asksCategoryFirst: Bool
    /// Facts still to confirm in `documents`, first one asked now.
    var pendingConfirmations: [DocumentConfirmation]
    /// Today's date, given by the caller: deadlines count from it.
    public let today: CalendarDate
    /// The language texts are shown in.
    public let language: String
    /// The program's own words in that language.
    public var words: Words { Language(orEnglish: language).words }
    /// How the draft is named in `check` (its path).
    public let draftName: String
    /// Whether the draft is open read-only: answers are refused.
    public let isReadOnly: Bool
    /// What the runner last reported about saving, for `status`.
    public var saveState: PlainSaveState

    /// Opens `draft`: a new draft starts with the permit category, a draft with a position
    /// resumes there, any other starts at the first question that applies.
    public init(
        pack: FormPack, draft: Draft, today: CalendarDate, draftName: String,
        attachmentFacts: [String: AttachmentFacts] = [:], language: String = "en", isReadOnly: Bool = false
    ) {
        self.pack = pack
        self.draft = draft
        self.engine = CrossCheckEngine(pack: pack, language: language)
        self.attachmentFacts = attachmentFacts
        self.findings = engine.evaluateAll(draft: draft, today: today, attachments: attachmentFacts)
        self.today = today
        self.language = language
        self.draftName = draftName
        self.isReadOnly = isReadOnly
        self.saveState = isReadOnly ? .readOnly : .saved
        self.pendingConfirmations = []
        let category = draft.values.isEmpty && !isReadOnly ? pack.categoryFieldID.flatMap(pack.field(id:)) : nil
        self.asksCategoryFirst = category != nil
        let resumed = draft.position?.field.flatMap(pack.field(id:)).flatMap { pack.isAsked($0, in: draft) ? $0.id : nil }
        self.currentFieldID = category?.id ?? resumed ?? askedFields.first?.id
    }

    /// The fields asked given the answers so far, in form order (the core decides which).
    public var askedFields: [FormField] {
        pack.sections.flatMap { section in section.fields.filter { pack.isAsked($0, of: section, in: draft) } }
    }

    /// The field being asked.
    public var currentField: FormField? { currentFieldID.flatMap(pack.field(id:)) }

    /// What is printed first: the form, the draft's state, how to get help, the first question.
    public var opening: [String] {
        var lines = [
            words("plain.opening", ["title": pack.title.resolved(for: language), "edition": pack.edition]),
            words["plain.opening.how"],
        ]
        if isReadOnly { lines.append(words["plain.opening.read-only"]) }
        lines += statusLines
        lines += promptLines
        return lines.map(\.terminalSafe)
    }

    /// The question being asked, or what to do once all are passed.
    public var promptLines: [String] {
        if let confirmation = pendingConfirmations.first { return confirmation.question(in: self) }
        guard let field = currentField else {
            return [words["plain.last-question"]]
        }
        return question(for: field)
    }

    /// The sentences that ask `field`.
    func question(for field: FormField) -> [String] {
        let label = pack.label(of: field, given: draft.values).resolved(for: language)
        let needed = words[isNeeded(field) ? "plain.question.required" : "plain.question.optional"]
        var lines = ["\(field.code) \(label) (\(needed))."]
        let value = answer(of: field)
        lines.append(value.isEmpty ? words["plain.question.no-answer"] : words("plain.question.answer", ["value": shown(value, of: field)]))
        lines += answerKindLines(for: field)
        return lines
    }

    /// Whether `field` must be answered: it needs an answer, or it holds a document the
    /// package needs (both decided by the core's asking rules).
    func isNeeded(_ field: FormField) -> Bool {
        if pack.needsAnswer(field, in: draft) { return true }
        guard let document = field.document else { return false }
        return pack.neededDocuments(in: draft).contains { $0.id == document }
    }

    /// The kind of answer `field` expects, with its numbered options for a short list.
    func answerKindLines(for field: FormField) -> [String] {
        switch field.editing {
        case .yesNo:
            return [words["plain.question.yes-no"]]
        case .choice, .multipleChoice:
            let options = field.choiceOptions(in: pack)
            let count = ["count": String(options.count)]
            let how = words(field.editing == .multipleChoice ? "plain.question.choose-many" : "plain.question.choose", count)
            guard options.count <= PlainConversation.listedOptions else {
                return [how + " " + words("plain.question.search", count)]
            }
            return [how] + numbered(options)
        case .text:
            return [words("plain.question.kind", ["kind": PlainConversation.answerKind(of: field.type, words: words)])]
        }
    }

    /// Lists of at most this many options are printed with each question.
    static let listedOptions = 12

    /// `options` as numbered lines.
    func numbered(_ options: [ChoiceOption], from all: [ChoiceOption]? = nil) -> [String] {
        let all = all ?? options
        return options.map { option in
            let number = (all.firstIndex(of: option) ?? 0) + 1
            return "  \(number). \(option.label.resolved(for: language))"
        }
    }

    /// What a field of `type` takes, as words.
    static func answerKind(of type: FieldType, words: Words) -> String {
        switch type {
        case .date: words["plain.kind.date"]
        case .mrz: words["plain.kind.mrz"]
        case .passportNumber: words["plain.kind.passport-number"]
        case .nik: words["plain.kind.nik"]
        case .phone: words["plain.kind.phone"]
        case .email: words["plain.kind.email"]
        case .money: words["plain.kind.money"]
        case .duration: words["plain.kind.duration"]
        case .attachment: words["plain.kind.attachment"]
        case .postalCode: words["plain.kind.postal-code"]
        case .personName: words["plain.kind.person-name"]
        default: words["plain.kind.text"]
        }
    }

    /// The answer to `field`: its value, or for a document the path of the file attached.
    func answer(of field: FormField) -> String {
        if let value = draft.values[field.id], !value.isEmpty { return value }
        guard let document = field.document else { return "" }
        return draft.attachments[document]?.map(\.path).joined(separator: ", ") ?? ""
    }

    /// `value` of `field` as read aloud: a choice's label, a date also spelled out.
    func shown(_ value: String, of field: FormField) -> String {
        field.displayRows(of: value, in: pack, language: language, mask: .none).joined(separator: " / ")
    }

    /// The state of the draft: saved or not, completion, finding counts, days left.
    public var statusLines: [String] {
        let progress = FormProgress(pack: pack, draft: draft)
        let blocking = findings.findings(of: .blocking).count
        let warnings = findings.findings(of: .warning).count
        let notes = findings.findings(of: .note).count
        var line = saveState.sentence(words) + " "
            + words.counted("plain.status.complete", progress.missing, ["percent": String(progress.percentComplete)]) + " "
            + words("plain.status.findings", [
                "blocking": String(blocking), "warnings": words.counted("plain.status.warnings", warnings),
                "notes": words.counted("plain.status.notes", notes),
            ])
        if let deadlines = DeadlineSummary(pack: pack, values: draft.values, today: today, language: language),
            let days = deadlines.daysUntilExpiry
        {
            line += " " + (days >= 0
                ? words.counted("plain.status.expires", days) : words.counted("plain.status.expired", -days))
            if let closes = deadlines.windowCloses {
                line += " " + words("plain.status.last-day", ["date": words.date(closes, style: .abbreviated)])
            }
        }
        line += " " + words[findings.hasBlocking ? "plain.status.not-ready" : "plain.status.ready"]
        return [line]
    }
}

/// Whether the draft is on disk, as the runner last reported it.
public enum PlainSaveState: Hashable, Sendable {
    case saved
    case notSaved(reason: String)
    case readOnly

    /// The state as a sentence in `words`' language.
    func sentence(_ words: Words) -> String {
        switch self {
        case .saved: words["plain.saved"]
        case .notSaved(let reason): words("plain.not-saved", ["reason": reason])
        case .readOnly: words["plain.read-only"]
        }
    }
}

/// One fact a document restates, asked in `documents`.
struct DocumentConfirmation: Hashable, Sendable {
    let documentID: String
    let row: DocumentCheck.Row

    /// The sentences that ask it.
    func question(in talk: PlainConversation) -> [String] {
        let document = talk.pack.document(id: documentID).map {
            talk.pack.label(of: $0, given: talk.draft.values).resolved(for: talk.language)
        } ?? documentID
        let answer = talk.draft.values[row.ownerFieldID] ?? ""
        let current: String
        switch talk.draft.restatements[documentID]?[row.ownerFieldID] {
        case .matches?: current = talk.words["plain.confirmation.matches"]
        case .differs(let said)?: current = talk.words("plain.confirmation.differs", ["value": said])
        case nil: current = talk.words["plain.confirmation.none"]
        }
        return [
            talk.words("plain.confirmation.question", [
                "document": document, "fact": row.factLabel.resolved(for: talk.language), "answer": answer,
                "current": current,
            ]),
            talk.words["plain.confirmation.how"],
        ]
    }
}
