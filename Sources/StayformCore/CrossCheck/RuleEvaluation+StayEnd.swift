extension RuleEvaluation {
    /// The stay's last day counted from the entry stamp must be the expiry typed. The count
    /// field's options are in order of count, the first meaning none (as for the cap).
    mutating func checkStayEnd() {
        guard let arrival = date(parameter: "arrival-field"), let arrivalField = rule.parameters["arrival-field"]?.name,
            let expiry = date(parameter: "expiry-field"), let expiryField = rule.parameters["expiry-field"]?.name,
            let countField = field(parameter: "count-field"), let countAnswer = answer(countField.id),
            let extensions = countField.options.firstIndex(where: { $0.value == countAnswer }),
            let stayFigure = figure(parameter: "stay-days"), let stayDays = stayFigure.amount,
            let extensionFigure = figure(parameter: "extension-days"), let extensionDays = extensionFigure.amount
        else { return }
        let stay = EntryStampStay(
            arrival: arrival, stayDays: stayDays, extensionDays: extensionDays, extensions: extensions)
        let lastDay = stay.lastDay
        guard lastDay != expiry else { return }
        let counted = arrival.days(until: lastDay)
        var rule = words("finding.stay-end.count", [
            "arrival": words.date(arrival), "days": String(stayDays), "offset": String(stayDays - 1),
        ])
        if extensions > 0 {
            rule += " " + words.counted("finding.stay-end.extensions", extensions, [
                "days": String(extensionDays), "offset": String(counted),
            ])
        }
        let figures = [stayFigure, extensionFigure]
        report(
            expiryField, severity: severity(decidedBy: figures),
            places: [place(field: expiryField), place(field: arrivalField), place(field: countField.id)],
            expected: lastDay.iso8601, found: expiry.iso8601,
            detail: words("finding.stay-end", ["last": words.date(lastDay), "typed": words.date(expiry), "rule": rule]),
            figures: figures)
    }
}
