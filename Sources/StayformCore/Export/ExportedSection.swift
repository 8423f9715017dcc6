/// One section of the exported application: its fields in order, answered or missing.
public struct ExportedSection: Hashable, Sendable {
    public var id: String
    /// The section's code (`1`).
    public var code: String
    public var title: String
    public var fields: [ExportedField]

    public init(id: String, code: String, title: String, fields: [ExportedField]) {
        self.id = id
        self.code = code
        self.title = title
        self.fields = fields
    }
}

/// One field of the exported application: its code, label and answer as a person reads it.
public struct ExportedField: Hashable, Sendable {
    public var id: String
    /// The field's code (`1.1`).
    public var code: String
    public var label: String
    /// The answer as a person reads it (choice labels, dates with the month's name); `nil`
    /// when the field applies but has no answer.
    public var value: String?
    /// Whether an answer is needed given the other answers.
    public var isRequired: Bool
    /// Why the answer cannot be right as it is (a finding of `valid-answers` or `value-range`),
    /// so that it is never copied as if it were a good answer.
    public var problem: String?

    public init(id: String, code: String, label: String, value: String?, isRequired: Bool, problem: String? = nil) {
        self.id = id
        self.code = code
        self.label = label
        self.value = value
        self.isRequired = isRequired
        self.problem = problem
    }
}
