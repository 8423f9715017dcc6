import StayformCore

extension WizardState {
    /// Opens `findings` to be read in full; F1 in the box goes on to `helpField`'s help.
    mutating func openFindingDetail(_ findings: [Finding], helpField: FormField? = nil) {
        guard !findings.isEmpty else { return }
        overlay = .findings(FindingDetail(findingIDs: findings.map(\.id), helpFieldID: helpField?.id))
    }

    /// The findings of the detail box that still exist, in its order.
    public func findings(of detail: FindingDetail) -> [Finding] {
        let all = findings.findings
        return detail.findingIDs.compactMap { id in all.first { $0.id == id } }
    }

    /// The date field of the box's first finding and the two days its answer can be read as,
    /// when the answer is ambiguous (`05/03/1986`): 1 or 2 picks one.
    public func ambiguousDate(in detail: FindingDetail) -> (field: FormField, readings: [CalendarDate])? {
        guard case .field(let id, _)? = findings(of: detail).first?.places.first,
            let field = pack.field(id: id), field.type == .date,
            case .ambiguous(let dayFirst, let monthFirst) = DateInput.parse(draft.values[id] ?? "")
        else { return nil }
        return (field, [dayFirst, monthFirst])
    }

    /// Keys in the box that shows findings in full.
    mutating func pressInFindingDetail(_ key: Key, detail: FindingDetail) -> [WizardEffect] {
        var detail = detail
        switch key {
        case .escape:
            overlay = nil
        case .function(1):
            overlay = detail.helpFieldID == nil ? nil : .help
        case .up: detail.scroll = max(0, detail.scroll - 1)
        case .down: detail.scroll += 1
        case .pageUp: detail.scroll = max(0, detail.scroll - 10)
        case .pageDown: detail.scroll += 10
        case .home: detail.scroll = 0
        case .character(let digit) where digit == "1" || digit == "2":
            // The reading the user picks is kept in the draft as the answer.
            guard let (field, readings) = ambiguousDate(in: detail) else { break }
            guard !isReadOnly else { return refuseEditing() }
            overlay = nil
            return setValue(readings[digit == "1" ? 0 : 1].iso8601, of: field, advancing: false)
        case .enter:
            overlay = nil
            guard let finding = findings(of: detail).first else { return [] }
            // The source of truth comes first; the place to correct is usually the last.
            for place in finding.places.reversed() {
                if case .field(_, let code) = place {
                    return currentField?.code == code && screen == .form ? [] : goToField(code: code)
                }
            }
            message = words["wizard.message.document-finding"]
        default:
            break
        }
        if case .findings = overlay { overlay = .findings(detail) }
        return []
    }
}
