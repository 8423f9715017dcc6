import StayformCore

/// Everything the wizard shows and remembers, as one value. `update` changes it; `view` draws it.
public struct WizardState: Sendable {
    /// The form being filled in.
    public let pack: FormPack
    /// The draft, always current: what is typed goes into it at once.
    public internal(set) var draft: Draft
    /// The terminal's size.
    public internal(set) var size: TerminalSize
    /// The page shown.
    public internal(set) var screen: WizardScreen
    /// A box over the page that takes the keys, if one is open.
    public internal(set) var overlay: WizardOverlay?
    /// Which section, and which of its fields, has the focus on the form's pages.
    public internal(set) var focus: FieldFocus
    /// The focused field's text being edited.
    public internal(set) var editor: LineEditor
    /// The focused field's value when the focus arrived, restored by Esc.
    public internal(set) var valueBeforeEdit: String
    /// How far the form is filled in; recomputed with the findings, so the two agree.
    public internal(set) var progress: FormProgress
    /// Whether the latest draft is on disk.
    public internal(set) var saveStatus: SaveStatus
    /// A one-line message for the user (an error, a hint), cleared by the next key.
    public internal(set) var message: String?
    /// Whether identity numbers are hidden on screen (F6), for a shared screen.
    public internal(set) var isMasked: Bool
    /// Whether the key help names the Ctrl keys first: once a Ctrl or Alt stand-in for an
    /// F-key is used, the F-keys evidently do not arrive here.
    public internal(set) var prefersControlKeys: Bool
    /// The cross-checks of the pack in the language shown, with its dependency index built once
    /// per language.
    public internal(set) var engine: CrossCheckEngine
    /// Every finding for the draft as it is now, kept current field by field.
    public internal(set) var findings: FindingSet
    /// The findings arranged for the screens.
    public internal(set) var summary: FindingSummary
    /// Where findings belong in this pack.
    let findingLayout: FindingLayout
    /// The answers that can change what is asked (`FormPack.progressInputs`), worked out once.
    let progressInputs: Set<String>
    /// What the view worked out from inputs that have not changed; shared by copies.
    let viewMemo = ViewMemo()
    /// What was read from each attached file, by path (the wizard itself reads no files).
    public internal(set) var attachmentFacts: [String: AttachmentFacts]
    /// The rest of a path the attachment field's text could continue with (→ accepts it).
    public internal(set) var pathSuggestion: String?
    /// Today's date, given by the caller: deadlines count from it.
    public let today: CalendarDate
    /// The language texts are shown in (`en`, `id`); F8 switches it.
    public internal(set) var language: String
    /// Whether the draft is open read-only (another process holds it): nothing can be edited.
    public let isReadOnly: Bool
    /// The draft's file name when this read-only wizard follows another's saves (watch mode).
    public let followedName: String?
    /// When the followed draft last changed on disk (`14:03:27`), once a change was seen.
    public internal(set) var followedUpdate: String?

    /// Opens `draft` of `pack`: a new draft starts by asking for the permit category, an
    /// existing one offers to continue at the field it was last on. `savedAt` is when the
    /// draft as read was saved (the file's time, `14:03:27`); `following` names the draft a
    /// read-only wizard follows as another stayform saves it.
    public init(
        pack: FormPack, draft: Draft, size: TerminalSize, today: CalendarDate,
        attachmentFacts: [String: AttachmentFacts] = [:], language: String = "en", isReadOnly: Bool = false,
        savedAt: String? = nil, following followedName: String? = nil
    ) {
        self.pack = pack
        let engine = CrossCheckEngine(pack: pack, language: language)
        self.engine = engine
        self.attachmentFacts = attachmentFacts
        let findings = engine.evaluateAll(draft: draft, today: today, attachments: attachmentFacts)
        let findingLayout = FindingLayout(pack: pack)
        self.findings = findings
        self.findingLayout = findingLayout
        self.progressInputs = pack.progressInputs
        self.summary = FindingSummary(findings, layout: findingLayout)
        self.draft = draft
        self.size = size
        self.today = today
        self.language = language
        self.isReadOnly = isReadOnly
        self.followedName = followedName
        self.followedUpdate = followedName == nil ? nil : savedAt
        self.focus = FieldFocus(resuming: draft.position, in: pack)
        self.editor = LineEditor()
        self.valueBeforeEdit = ""
        self.progress = FormProgress(pack: pack, draft: draft)
        self.saveStatus = savedAt.map { .saved(time: $0) } ?? .notSaved
        self.message = nil
        self.isMasked = false
        self.prefersControlKeys = false
        self.overlay = nil
        self.pathSuggestion = nil
        if !draft.values.isEmpty {
            self.screen = .start(StartPage(step: .resume))
        } else if pack.categoryFieldID != nil, !pack.categories.isEmpty, !isReadOnly {
            self.screen = .start(StartPage(step: .category))
        } else {
            self.screen = .form
        }
        loadEditor()
        self.draft.position = DraftPosition(section: currentSection.id, field: currentField?.id)
    }

    /// The language shown, as a `Language`.
    public var shownLanguage: Language { Language(orEnglish: language) }

    /// The program's own words in the language shown.
    public var words: Words { shownLanguage.words }

    /// The section with the focus.
    public var currentSection: FormSection { pack.sections[focus.section] }

    /// The field with the focus, if the current section has fields.
    public var currentField: FormField? {
        focus.field.map { currentSection.fields[$0] }
    }

    /// The permit category chosen, if any.
    public var category: PermitCategory? {
        pack.categoryFieldID.flatMap { draft.values[$0] }.flatMap { pack.category(id: $0) }
    }

    /// Whether `section` applies, given the answers so far (`FormPack.isAsked`).
    public func isShown(_ section: FormSection) -> Bool {
        pack.isAsked(section, in: draft)
    }

    /// The indices of the fields of `section` shown given the answers so far.
    public func shownFieldIndices(of section: FormSection) -> [Int] {
        section.fields.indices.filter { pack.isAsked(section.fields[$0], of: section, in: draft) }
    }

    /// Whether `field` is asked, given the answers so far (`FormPack.isAsked`).
    public func isShown(_ field: FormField) -> Bool {
        pack.isAsked(field, in: draft)
    }

    /// Puts the focused field's stored value into the editor.
    mutating func loadEditor() {
        guard let field = currentField else {
            editor = LineEditor()
            valueBeforeEdit = ""
            return
        }
        let value = draft.values[field.id] ?? ""
        let editable = field.type == .mrz ? value.replacingLineBreaks : value
        editor = LineEditor(text: editable, maxLength: field.editorLimit)
        valueBeforeEdit = editor.text
    }
}

extension WizardState {
    /// Re-runs the checks that read `fieldIDs` after their values (or restatements, or
    /// files) changed; cheap enough for every keystroke.
    mutating func recheck(_ fieldIDs: Set<String>) {
        let changes = engine.update(
            &findings, changedFields: fieldIDs, draft: draft, today: today, attachments: attachmentFacts)
        progress.recount(
            changedFields: fieldIDs, inputs: progressInputs, sectionOfField: findingLayout.sectionOfField, pack: pack, draft: draft)
        guard let changes else {
            summary = FindingSummary(findings, layout: findingLayout)
            return
        }
        // Most keys change no finding; the rest change a few units' findings.
        for change in changes { summary.apply(change, layout: findingLayout) }
    }

    /// Re-runs every check (after the whole draft changed).
    mutating func recheckAll() {
        findings = engine.evaluateAll(draft: draft, today: today, attachments: attachmentFacts)
        progress = FormProgress(pack: pack, draft: draft)
        summary = FindingSummary(findings, layout: findingLayout)
    }

    /// Days until the current permit expires (negative once it has), when its date is known.
    public var daysUntilPermitExpires: Int? {
        guard let id = findingLayout.expiryFieldID, let value = draft.values[id],
            let expiry = CalendarDate(iso8601: value)
        else { return nil }
        return today.days(until: expiry)
    }

    /// Shows `message` in the status bar until the next key.
    public mutating func show(message: String) {
        self.message = message
    }
}

extension String {
    /// The text with line breaks removed (the MRZ is edited as one run of 88 characters).
    var replacingLineBreaks: String { filter { $0 != "\n" } }
}

/// Where the focus is: a section, and a field of it when it has any.
public struct FieldFocus: Hashable, Sendable {
    public var section: Int
    public var field: Int?

    public init(section: Int, field: Int?) {
        self.section = section
        self.field = field
    }

    /// The focus for a saved position, or the first field when the position no longer exists.
    init(resuming position: DraftPosition?, in pack: FormPack) {
        if let position, let sectionIndex = pack.sections.firstIndex(where: { $0.id == position.section }) {
            let fields = pack.sections[sectionIndex].fields
            let fieldIndex = position.field.flatMap { id in fields.firstIndex { $0.id == id } }
            self.init(section: sectionIndex, field: fieldIndex ?? (fields.isEmpty ? nil : 0))
        } else {
            let first = pack.sections.first?.fields.isEmpty == false ? 0 : nil
            self.init(section: 0, field: first)
        }
    }
}
