/// One document of the checklist: why it is listed, its files, its state and how it restates
/// the facts of the form.
public struct ExportedDocument: Hashable, Sendable {
    /// Why a document is on the checklist.
    public enum Need: String, Hashable, Sendable, CaseIterable {
        case required
        case recommended
        /// Attached although the category does not ask for it.
        case attached
    }

    /// Where the document stands.
    public enum State: String, Hashable, Sendable, CaseIterable {
        /// Every file read and no finding about it.
        case attached
        /// A file cannot be read, or a check of its files found something.
        case attachedWithProblem = "attached-with-problem"
        case missing
    }

    public var id: String
    public var label: String
    public var need: Need
    public var state: State
    public var files: [ExportedFile]
    /// What is wrong with the files (the findings' details), when `state` says so.
    public var problems: [String]
    /// The facts the document shows that another document is the source of truth for.
    public var restatements: [ExportedRestatement]

    public init(
        id: String, label: String, need: Need, state: State, files: [ExportedFile],
        problems: [String], restatements: [ExportedRestatement]
    ) {
        self.id = id
        self.label = label
        self.need = need
        self.state = state
        self.files = files
        self.problems = problems
        self.restatements = restatements
    }
}

/// A file attached to a document, as read when exporting.
public struct ExportedFile: Hashable, Sendable {
    /// As the draft records it.
    public var path: String
    /// The type read from its content (`pdf`, `png`); `nil` when it could not be read.
    public var type: String?
    /// Its size in bytes, as read (or as recorded when it could not be read).
    public var size: Int
    /// The pixel size of an image.
    public var pixelSize: PixelSize?
    /// Why it could not be read.
    public var problem: String?

    public init(path: String, type: String?, size: Int, pixelSize: PixelSize?, problem: String?) {
        self.path = path
        self.type = type
        self.size = size
        self.pixelSize = pixelSize
        self.problem = problem
    }
}

/// How a document states one fact, compared with the form's value.
public struct ExportedRestatement: Hashable, Sendable {
    /// Where the comparison stands.
    public enum State: String, Hashable, Sendable, CaseIterable {
        /// Confirmed against the current value.
        case matches
        /// The document prints something else.
        case differs
        /// Confirmed, but the value has changed since.
        case toConfirmAgain = "to-confirm-again"
        /// Not compared yet.
        case notChecked = "not-checked"
    }

    /// The field holding the fact's value.
    public var fieldID: String
    /// That field's code (`1.1`).
    public var code: String
    /// The fact's label.
    public var label: String
    public var state: State
    /// What the document prints, when it differs; the value confirmed, when to confirm again.
    public var printed: String?

    public init(fieldID: String, code: String, label: String, state: State, printed: String?) {
        self.fieldID = fieldID
        self.code = code
        self.label = label
        self.state = state
        self.printed = printed
    }
}
