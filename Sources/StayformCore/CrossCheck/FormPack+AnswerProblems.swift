extension FormPack {
    /// What is wrong with the answer of `field` on its own, among `findings`: the first
    /// finding of a `valid-answers` or `value-range` rule about it. The wizard says it when the
    /// field is left, the review and the export show it beside the answer.
    ///
    ///     pack.answerProblem(of: field, in: set.findings)?.detail
    ///     // "\"today\" is not a date stayform can read; …"
    public func answerProblem(of field: FormField, in findings: [Finding]) -> Finding? {
        findings.first { finding in
            guard finding.places.first == .field(id: field.id, code: field.code),
                let kind = rule(id: finding.ruleID)?.kind
            else { return false }
            return kind == .validAnswers || kind == .valueRange
        }
    }
}
