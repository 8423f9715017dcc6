extension RuleEvaluation {
    /// Same value: every other field stating the fact and every document's restatement of it
    /// against the value of the fact's first field (entered from its source document).
    mutating func checkSameValue() {
        guard let factID = rule.parameters["fact"]?.name, let fact = lookup.facts[factID],
            let stating = lookup.fieldsByFact[factID], let owner = stating.first
        else { return }
        let normalizer = rule.parameters["normalizer"]?.name.flatMap(ValueNormalizer.init(rawValue:))
            ?? fact.normalizer
        guard let truth = answer(owner.id) else { return }
        let ownerPlace = place(field: owner.id)
        for other in stating.dropFirst() {
            guard let stated = answer(other.id) else { continue }
            compare(
                truth, stated, normalizer: normalizer, subject: other.id,
                places: [ownerPlace, place(field: other.id)])
        }
        // Documents in pack order; each looked up directly for the fields stating the fact
        // (or the fact's own id), so the cost does not grow with the rest of the draft.
        let keys = stating.map(\.id) + (lookup.fields[factID] == nil ? [factID] : [])
        for document in context.pack.documents {
            guard let restatements = draft.restatements[document.id] else { continue }
            for key in keys {
                guard let restatement = restatements[key] else { continue }
                let subject = "\(document.id).\(factID)"
                let places = [ownerPlace, place(document: document.id)]
                switch restatement {
                case .matches(let confirmed):
                    guard restatement.needsReconfirmation(currentValue: truth) else { continue }
                    report(
                        subject, severity: .warning, places: places, expected: truth, found: confirmed,
                        detail: words("finding.same.confirm-again", ["value": confirmed]))
                case .differs(let printed):
                    compare(truth, printed, normalizer: normalizer, subject: subject, places: places)
                }
            }
        }
    }

    private mutating func compare(
        _ truth: String, _ stated: String, normalizer: ValueNormalizer, subject: String,
        places: [FindingPlace]
    ) {
        let ruleSeverity = severity()
        switch ValueComparison(normalizer, expected: truth, stated: stated, words: words) {
        case .same:
            return
        case .note(let detail):
            report(subject, severity: .note, places: places, expected: truth, found: stated, detail: detail,
                   advice: noteAdvice)
        case .warning(let detail):
            report(subject, severity: min(.warning, ruleSeverity), places: places, expected: truth, found: stated, detail: detail)
        case .differs(let detail):
            report(subject, severity: ruleSeverity, places: places, expected: truth, found: stated, detail: detail)
        }
    }
}
