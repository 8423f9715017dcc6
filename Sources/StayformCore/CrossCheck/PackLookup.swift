/// The pack's fields, facts, documents and figures by id, built once so that rules look
/// them up in constant time.
struct PackLookup: Sendable {
    let fields: [String: FormField]
    /// The index of the section holding each field.
    let sectionIndices: [String: Int]
    /// The section condition of each field, when its section is shown only sometimes.
    let sectionConditions: [String: FieldCondition]
    let facts: [String: Fact]
    let documents: [String: SupportingDocument]
    let figures: [String: Figure]
    /// The fields stating each fact, in form order: the first one holds the fact's value.
    let fieldsByFact: [String: [FormField]]
    /// The attachment fields holding each document, in form order.
    let attachmentFieldsByDocument: [String: [FormField]]
    /// The documents named by a `documents` parameter of some rule, by rule kind.
    let documentsNamedByKind: [RuleKind: Set<String>]

    init(pack: FormPack) {
        var fields: [String: FormField] = [:]
        var sectionIndices: [String: Int] = [:]
        var sectionConditions: [String: FieldCondition] = [:]
        var fieldsByFact: [String: [FormField]] = [:]
        var attachmentFields: [String: [FormField]] = [:]
        for (index, section) in pack.sections.enumerated() {
            for field in section.fields {
                fields[field.id] = field
                sectionIndices[field.id] = index
                if let condition = section.shownWhen { sectionConditions[field.id] = condition }
                if let fact = field.fact { fieldsByFact[fact, default: []].append(field) }
                if field.type == .attachment, let document = field.document {
                    attachmentFields[document, default: []].append(field)
                }
            }
        }
        var named: [RuleKind: Set<String>] = [:]
        for rule in pack.rules {
            if let documents = rule.parameters["documents"]?.names {
                named[rule.kind, default: []].formUnion(documents)
            }
        }
        self.fields = fields
        self.sectionIndices = sectionIndices
        self.sectionConditions = sectionConditions
        self.facts = Dictionary(pack.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.documents = Dictionary(pack.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.figures = Dictionary(pack.figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.fieldsByFact = fieldsByFact
        self.attachmentFieldsByDocument = attachmentFields
        self.documentsNamedByKind = named
    }

    /// The fact a restatement key names: a field stating a fact, or the fact itself.
    func factID(restatedAs key: String) -> String? {
        if let fact = fields[key]?.fact { return fact }
        return facts[key] == nil ? nil : key
    }

    /// The documents a rule of an attachment kind looks at: those its `documents` parameter
    /// names, or else every document no other rule of its kind names.
    func documentIDs(checkedBy rule: CheckRule, in pack: FormPack) -> [String] {
        if let named = rule.parameters["documents"]?.names { return named }
        let taken = documentsNamedByKind[rule.kind] ?? []
        return pack.documents.map(\.id).filter { !taken.contains($0) }
    }
}
