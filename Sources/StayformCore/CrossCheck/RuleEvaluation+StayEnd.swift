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
        var rule = "arrival on \(arrival.iso8601) is day 1, so \(stayDays) days end on arrival + \(stayDays - 1)"
        if extensions > 0 {
            rule += " and \(extensions) extension\(extensions == 1 ? "" : "s") of \(extensionDays) days on arrival + \(counted)"
        }
        let figures = [stayFigure, extensionFigure]
        report(
            expiryField, severity: severity(decidedBy: figures),
            places: [place(field: expiryField), place(field: arrivalField), place(field: countField.id)],
            expected: lastDay.iso8601, found: expiry.iso8601,
            detail: "the stay ends on \(lastDay.iso8601), not \(expiry.iso8601): \(rule)", figures: figures)
    }
}
