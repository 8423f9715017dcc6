/// Runs a pack's cross-check rules over a draft: all of them, or, after an edit, only those
/// that read the edited fields.
///
///     let engine = CrossCheckEngine(pack: pack)
///     var findings = engine.evaluateAll(draft: draft, today: today, attachments: facts)
///     draft.values["applicant.full-name"] = "MÜLLER Hans"
///     findings = engine.reevaluate(
///         findings, changedFields: ["applicant.full-name"], draft: draft, today: today,
///         attachments: facts)
///
/// "Today" and the attachment facts are inputs: the engine reads no clock and no file.
/// Pass as changed fields the field whose value changed, the field whose restatement changed,
/// and the attachment field whose files changed. When `today` or the attachment facts change,
/// call `evaluateAll`.
public struct CrossCheckEngine: Sendable {
    /// Which units read which fields.
    public let index: DependencyIndex
    let context: CrossCheckContext

    public init(pack: FormPack, language: String = "en") {
        context = CrossCheckContext(pack: pack, language: language)
        index = DependencyIndex(pack: pack, lookup: context.lookup)
    }

    /// The pack whose rules the engine runs.
    public var pack: FormPack { context.pack }

    /// The language of the advice texts (`en`, `id`); English when the pack lacks it.
    public var language: String { context.language }

    /// Runs every rule.
    public func evaluateAll(
        draft: Draft, today: CalendarDate, attachments: [String: AttachmentFacts]
    ) -> FindingSet {
        var set = FindingSet(unitCount: index.units.count)
        for unitIndex in index.units.indices {
            let applies = applies(unitIndex, draft: draft)
            set.setApplies(applies, unit: unitIndex)
            guard applies else { continue }
            set.replace(unit: unitIndex, with: evaluate(unitIndex, draft: draft, today: today, attachments: attachments))
        }
        return set
    }

    /// `set` with the findings of the rules that read `changedFields` evaluated again; the
    /// others are kept as they are. Pass the set on (`set = engine.reevaluate(set, …)`) or use
    /// `update(_:changedFields:…)`, so it is not copied.
    public func reevaluate(
        _ set: consuming FindingSet, changedFields: Set<String>, draft: Draft, today: CalendarDate,
        attachments: [String: AttachmentFacts]
    ) -> FindingSet {
        var updated = set
        update(&updated, changedFields: changedFields, draft: draft, today: today, attachments: attachments)
        return updated
    }

    /// Like `reevaluate`, in place (no copy of the set).
    ///
    /// Returns the units whose findings changed, with their findings before and after, so that
    /// what is built from the findings can be updated unit by unit; `nil` when the whole set
    /// was rebuilt.
    @discardableResult
    public func update(
        _ set: inout FindingSet, changedFields: Set<String>, draft: Draft, today: CalendarDate,
        attachments: [String: AttachmentFacts]
    ) -> [FindingChange]? {
        guard set.unitCount == index.units.count else {
            set = evaluateAll(draft: draft, today: today, attachments: attachments)
            return nil
        }
        var changes: [FindingChange] = []
        for (unitIndex, throughConditionOnly) in index.readers(of: changedFields) {
            let applies = applies(unitIndex, draft: draft)
            // An edit the unit's rule reads only in its condition changes nothing while the
            // condition's verdict stays.
            if throughConditionOnly && applies == set.applies(unit: unitIndex) { continue }
            set.setApplies(applies, unit: unitIndex)
            let before = set.findings(ofUnit: unitIndex)
            let after = applies ? evaluate(unitIndex, draft: draft, today: today, attachments: attachments) : []
            guard after != before else { continue }
            set.replace(unit: unitIndex, with: after)
            changes.append(FindingChange(unit: unitIndex, removed: before, added: after))
        }
        return changes
    }

    /// Whether the rule of one unit applies to the draft: its `when` condition holds, or it
    /// has none.
    private func applies(_ unitIndex: Int, draft: Draft) -> Bool {
        context.pack.rules[index.units[unitIndex].ruleIndex].when?.isSatisfied(by: draft.values) ?? true
    }

    /// The findings of one unit whose rule applies.
    private func evaluate(
        _ unitIndex: Int, draft: Draft, today: CalendarDate, attachments: [String: AttachmentFacts]
    ) -> [Finding] {
        let unit = index.units[unitIndex]
        let rule = context.pack.rules[unit.ruleIndex]
        var evaluation = RuleEvaluation(
            context: context, rule: rule, draft: draft, today: today, attachments: attachments)
        evaluation.run(subject: unit.subject)
        return evaluation.findings
    }
}
