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
    /// For each unit in `unitsByField[field]`, whether the unit reads that field only through
    /// its rule's `when` condition: then, while the condition's verdict stays the same, an
    /// edit of the field cannot change the unit's findings.
    private let throughConditionOnly: [String: [Bool]]

    public init(pack: FormPack) {
        self.init(pack: pack, lookup: PackLookup(pack: pack))
    }

    init(pack: FormPack, lookup: PackLookup) {
        var units: [CheckUnit] = []
        var unitsByField: [String: [Int]] = [:]
        var throughConditionOnly: [String: [Bool]] = [:]
        for (ruleIndex, rule) in pack.rules.enumerated() {
            let conditionFields = Set(rule.when?.fieldIDs ?? [])
            /// Adds a unit of this rule whose evaluation reads `fields` besides its condition.
            func add(_ unit: CheckUnit, reading fields: [String]) {
                let index = units.count
                units.append(unit)
                let body = Set(fields)
                for field in body.union(conditionFields) {
                    unitsByField[field, default: []].append(index)
                    throughConditionOnly[field, default: []].append(!body.contains(field))
                }
            }
            let parameterFields = rule.kind.parameters.filter {
                $0.value.kind == .field || $0.value.kind == .fields
            }.keys.flatMap { rule.parameters[$0]?.names ?? [] }
            switch rule.kind {
            case .sameValue:
                let fact = rule.parameters["fact"]?.name ?? ""
                let stating = (lookup.fieldsByFact[fact] ?? []).map(\.id)
                add(CheckUnit(ruleIndex: ruleIndex, subject: nil), reading: stating + [fact])
            case .requiredFields, .validAnswers:
                for field in pack.allFields where field.type != .attachment {
                    let reads = [field.id] + (field.requiredWhen?.fieldIDs ?? [])
                        + (field.shownWhen?.fieldIDs ?? []) + (lookup.sectionConditions[field.id]?.fieldIDs ?? [])
                    add(CheckUnit(ruleIndex: ruleIndex, subject: field.id), reading: reads)
                }
            case .requiredDocuments:
                var reads: [String] = []
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
                    add(CheckUnit(ruleIndex: ruleIndex, subject: document), reading: holders)
                }
            case .extendableCategory:
                add(CheckUnit(ruleIndex: ruleIndex, subject: nil), reading: [pack.categoryFieldID ?? ""])
            default:
                add(CheckUnit(ruleIndex: ruleIndex, subject: nil), reading: parameterFields)
            }
        }
        self.units = units
        self.unitsByField = unitsByField
        self.throughConditionOnly = throughConditionOnly
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

    /// The units reading any of `fieldIDs`, ascending and without repeats, each with whether
    /// it reads them only through its rule's `when` condition.
    func readers(of fieldIDs: Set<String>) -> [(unit: Int, throughConditionOnly: Bool)] {
        if fieldIDs.count == 1, let only = fieldIDs.first {
            return Array(zip(unitsByField[only] ?? [], throughConditionOnly[only] ?? []))
        }
        var readers: [Int: Bool] = [:]
        for field in fieldIDs {
            for (unit, conditionOnly) in zip(unitsByField[field] ?? [], throughConditionOnly[field] ?? []) {
                readers[unit] = (readers[unit] ?? true) && conditionOnly
            }
        }
        return readers.sorted { $0.key < $1.key }.map { (unit: $0.key, throughConditionOnly: $0.value) }
    }
}
