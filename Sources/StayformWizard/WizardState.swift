import StayformCore

/// Everything the wizard shows and remembers, as one value. `update` changes it; `view` draws it.
public struct WizardState: Hashable, Sendable {
    /// The form being filled in.
    public let pack: FormPack
    /// The draft, always current: what is typed goes into it at once.
    public internal(set) var draft: Draft
    /// The terminal's size.
    public internal(set) var size: TerminalSize
    /// Which section, and which of its fields, has the focus.
    public internal(set) var focus: FieldFocus
    /// The focused field's text being edited.
    public internal(set) var editor: LineEditor
    /// The focused field's value when the focus arrived, restored by Esc.
    public internal(set) var valueBeforeEdit: String
    /// Whether the latest draft is on disk.
    public internal(set) var saveStatus: SaveStatus
    /// A one-line message for the user (an error, a hint), cleared by the next key.
    public internal(set) var message: String?
    /// Set after a save failed on quit: the next quit key leaves without saving.
    public internal(set) var quitsWithoutSaving: Bool
    /// The language texts are shown in.
    public let language: String
    /// Whether the draft is open read-only (another process holds it): nothing can be edited.
    public let isReadOnly: Bool

    /// Opens `draft` of `pack` at the field it was last on (the first field for a new draft).
    public init(
        pack: FormPack, draft: Draft, size: TerminalSize, language: String = "en", isReadOnly: Bool = false
    ) {
        self.pack = pack
        self.isReadOnly = isReadOnly
        self.draft = draft
        self.size = size
        self.language = language
        self.focus = FieldFocus(resuming: draft.position, in: pack)
        self.editor = LineEditor()
        self.valueBeforeEdit = ""
        self.saveStatus = .notSaved
        self.message = nil
        self.quitsWithoutSaving = false
        loadEditor()
        self.draft.position = DraftPosition(section: currentSection.id, field: currentField?.id)
    }

    /// The section with the focus.
    public var currentSection: FormSection { pack.sections[focus.section] }

    /// The field with the focus, if the current section has fields.
    public var currentField: FormField? {
        focus.field.map { currentSection.fields[$0] }
    }

    /// Puts the focused field's stored value into the editor.
    mutating func loadEditor() {
        guard let field = currentField else {
            editor = LineEditor()
            valueBeforeEdit = ""
            return
        }
        let value = draft.values[field.id] ?? ""
        editor = LineEditor(text: value, maxLength: field.maxLength ?? WizardState.defaultMaxLength)
        valueBeforeEdit = editor.text
    }

    /// The longest value a field without its own limit takes, in graphemes.
    static let defaultMaxLength = 256
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

/// Whether the draft on disk is the latest, as the status bar shows it.
public enum SaveStatus: Hashable, Sendable {
    /// Nothing has been written in this session yet.
    case notSaved
    /// The latest change is on disk; `time` is shown as it is (`14:03:27`).
    case saved(time: String)
    /// The last save failed; the edits are kept in memory and saving is retried.
    case failed(reason: String)
}

extension WizardState {
    /// Shows `message` in the status bar until the next key.
    public mutating func show(message: String) {
        self.message = message
    }
}
