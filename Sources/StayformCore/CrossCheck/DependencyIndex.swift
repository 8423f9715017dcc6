/// Which check units read which fields, built once per pack, so that an edit re-runs only
/// the rules that read the edited field.
///
///     let index = DependencyIndex(pack: pack)
///     index.unitIndices(reading: ["applicant.full-name"])   // the name rules, the MRZ rule…
///
/// A unit reads the fields its rule's parameters name, the fields of its `when` condition, the
/// fields stating its fact (same-value), the attachment fields of its documents, and the
/// fields the conditions it depends on read (required answers and documents).
public struct DependencyIndex: Sendable {
    /// Every unit, in pack rule order and then subject order: the order of findings.
    public let units: [CheckUnit]
    /// Unit indices by the field id they read, ascending.
    private let unitsByField: [String: [Int]]

    public init(pack: FormPack) {
        self.init(pack: pack, lookup: PackLookup(pack: pack))
    }

    init(pack: FormPack, lookup: PackLookup) {
        var units: [CheckUnit] = []
        var unitsByField: [String: [Int]] = [:]
        func add(_ unit: CheckUnit, reading fields: [String]) {
            let index = units.count
            units.append(unit)
            for field in Set(fields) { unitsByField[field, default: []].append(index) }
        }
        for (ruleIndex, rule) in pack.rules.enumerated() {
            let conditionFields = rule.when?.fieldIDs ?? []
            let parameterFields = rule.kind.parameters.filter {
                $0.value.kind == .field || $0.value.kind == .fields
            }.keys.flatMap { rule.parameters[$0]?.names ?? [] }
            switch rule.kind {
            case .sameValue:
                let fact = rule.parameters["fact"]?.name ?? ""
                let stating = (lookup.fieldsByFact[fact] ?? []).map(\.id)
                add(CheckUnit(ruleIndex: ruleIndex, subject: nil), reading: conditionFields + stating + [fact])
            case .requiredFields, .validAnswers:
                for field in pack.allFields where field.type != .attachment {
                    let reads = [field.id] + (field.requiredWhen?.fieldIDs ?? [])
                        + (field.shownWhen?.fieldIDs ?? []) + (lookup.sectionConditions[field.id]?.fieldIDs ?? [])
                    add(CheckUnit(ruleIndex: ruleIndex, subject: field.id), reading: conditionFields + reads)
                }
            case .requiredDocuments:
                var reads = conditionFields
                if let categoryField = pack.categoryFieldID { reads.append(categoryField) }
                for category in pack.categories {
                    for requirement in category.requiredDocuments {
                        reads += requirement.when?.fieldIDs ?? []
                    }
                }
                for holder in lookup.attachmentFieldsByDocument.values.joined() {
                    reads += [holder.id] + (holder.requiredWhen?.fieldIDs ?? []) + (holder.shownWhen?.fieldIDs ?? [])
                        + (lookup.sectionConditions[holder.id]?.fieldIDs ?? [])
                }
                add(CheckUnit(ruleIndex: ruleIndex, subject: nil), reading: reads)
            case .attachmentExists, .attachmentSize, .attachmentType, .attachmentDigest:
                for document in lookup.documentIDs(checkedBy: rule, in: pack) {
                    let holders = (lookup.attachmentFieldsByDocument[document] ?? []).map(\.id)
                    add(CheckUnit(ruleIndex: ruleIndex, subject: document), reading: conditionFields + holders)
                }
            case .extendableCategory:
                add(CheckUnit(ruleIndex: ruleIndex, subject: nil), reading: conditionFields + [pack.categoryFieldID ?? ""])
            default:
                add(CheckUnit(ruleIndex: ruleIndex, subject: nil), reading: conditionFields + parameterFields)
            }
        }
        self.units = units
        self.unitsByField = unitsByField
    }

    /// The units reading `fieldID`, ascending.
    public func unitIndices(reading fieldID: String) -> [Int] {
        unitsByField[fieldID] ?? []
    }

    /// The units reading any of `fieldIDs`, ascending and without repeats.
    public func unitIndices(reading fieldIDs: Set<String>) -> [Int] {
        if fieldIDs.count == 1, let only = fieldIDs.first { return unitIndices(reading: only) }
        var indices = Set<Int>()
        for field in fieldIDs { indices.formUnion(unitIndices(reading: field)) }
        return indices.sorted()
    }
}
