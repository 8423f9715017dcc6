extension RuleEvaluation {
    /// Days to expiry: a note with the days left, a finding of the rule's severity from the
    /// pack's number of days on. Nothing once expired (the expired-permit rule says so).
    mutating func checkDaysToExpiry() {
        guard let expiry = date(parameter: "expiry-field"), let expiryField = rule.parameters["expiry-field"]?.name
        else { return }
        let days = today.days(until: expiry)
        guard days >= 0 else { return }
        let warnFigure = figure(parameter: "warn-days")
        let detail = words("finding.expiry.expires", ["when": inDays(days), "date": words.date(expiry)])
        if let warnDays = warnFigure?.amount, days <= warnDays {
            report(
                expiryField, severity: severity(decidedBy: [warnFigure].compactMap { $0 }),
                places: [place(field: expiryField)], found: expiry.iso8601, detail: detail,
                figures: [warnFigure].compactMap { $0 })
        } else {
            report(
                expiryField, severity: .note, places: [place(field: expiryField)], found: expiry.iso8601,
                detail: detail, withAdvice: false)
        }
    }

    /// The filing window: too early or past the last working day before expiry.
    mutating func checkFilingWindow() {
        guard let expiry = date(parameter: "expiry-field"), let expiryField = rule.parameters["expiry-field"]?.name,
            let opensFigure = figure(parameter: "opens-days-before"), let opensDays = opensFigure.amount,
            let window = FilingWindow(
                expiry: expiry, opensBefore: opensDays, unit: opensFigure.values.first?.unit, calendar: context.calendar)
        else { return }
        let closesFigure = figure(parameter: "closes")
        let figures = [opensFigure, closesFigure].compactMap { $0 }
        let places = [place(field: expiryField)]
        // Too early is a warning: the package can be ready, and is filed once the window opens.
        // Too late is decided by the window's last day alone; a last working day computed from
        // an estimated holiday list says so, and cannot block.
        let caveat = context.pack.holidayCaveat(for: window.closes.year, words: words).map { "; \($0)" } ?? ""
        let tooEarly = min(FindingSeverity.warning, severity(decidedBy: [opensFigure]))
        let tooLate = caveat.isEmpty
            ? severity(decidedBy: [closesFigure].compactMap { $0 }) : min(FindingSeverity.warning, severity())
        switch window.status(today: today) {
        case .notYetOpen(let daysUntilOpen):
            report(
                expiryField, severity: tooEarly, places: places,
                expected: "\(window.opens.iso8601) to \(window.closes.iso8601)", found: today.iso8601,
                detail: words("finding.window.too-early", [
                    "opens": words.date(window.opens), "when": inDays(daysUntilOpen),
                ]) + caveat,
                figures: figures)
        case .open(let daysLeft):
            report(
                expiryField, severity: .note, places: places,
                expected: "\(window.opens.iso8601) to \(window.closes.iso8601)", found: today.iso8601,
                detail: words("finding.window.open", ["closes": words.date(window.closes), "left": self.daysLeft(daysLeft)])
                    + caveat,
                figures: figures)
        case .closedNotExpired(let daysUntilExpiry):
            report(
                expiryField, severity: tooLate, places: places,
                expected: "\(window.opens.iso8601) to \(window.closes.iso8601)", found: today.iso8601,
                detail: words("finding.window.closed", ["closes": words.date(window.closes), "when": inDays(daysUntilExpiry)])
                    + caveat,
                figures: figures)
        case .expired:
            return
        }
    }

    /// An expired permit, with the overstay estimate from the pack's figures.
    mutating func checkExpiredPermit() {
        guard let expiry = date(parameter: "expiry-field"), let expiryField = rule.parameters["expiry-field"]?.name
        else { return }
        let daysOverstayed = expiry.days(until: today)
        guard daysOverstayed > 0 else { return }
        let chargeFigure = figure(parameter: "overstay-charge")
        let deportationFigure = figure(parameter: "deportation-after")
        var detail = words.counted("finding.expired", daysOverstayed, ["date": words.date(expiry)])
        if let charge = chargeFigure?.values.first, chargeFigure?.amount != nil, let perDay = charge.amount,
            let limit = deportationFigure?.amount
        {
            switch OverstayEstimate(daysOverstayed: daysOverstayed, chargePerDay: perDay, deportationAfterDays: limit) {
            case .none:
                break
            case .charge(let days, let total):
                detail += words("finding.expired.charge", [
                    "total": FigureValue(amount: total, unit: charge.unit).written(in: words), "days": String(days),
                    "per-day": charge.written(in: words),
                ])
            case .deportation(let days):
                detail += words("finding.expired.deportation", ["count": String(days), "limit": String(limit)])
            }
        }
        report(
            expiryField, severity: severity(), places: [place(field: expiryField)], expected: nil,
            found: expiry.iso8601, detail: detail, figures: [chargeFigure, deportationFigure].compactMap { $0 })
    }

    /// The passport must outlast the end of the requested stay by the pack's margin. Ending
    /// before the stay blocks; falling short of an unconfirmed margin only warns.
    mutating func checkPassportValidity() {
        guard let passportExpiry = date(parameter: "passport-expiry-field"),
            let passportField = rule.parameters["passport-expiry-field"]?.name,
            let permitExpiry = date(parameter: "permit-expiry-field")
        else { return }
        let requestedDays = Self.dayCount(answer(parameter: "duration-field"))
        let endOfStay = permitExpiry.adding(days: requestedDays)
        let marginFigure = figure(parameter: "margin")
        let margin = Self.dayCount(marginFigure?.amount)
        let needed = endOfStay.adding(days: margin)
        guard passportExpiry < needed else { return }
        var places = [place(field: passportField)]
        if let permitField = rule.parameters["permit-expiry-field"]?.name { places.append(place(field: permitField)) }
        if passportExpiry < endOfStay {
            report(
                passportField, severity: severity(), places: places, expected: needed.iso8601,
                found: passportExpiry.iso8601,
                detail: words("finding.passport.before-stay-ends", [
                    "expiry": words.date(passportExpiry), "end": words.date(endOfStay),
                ]),
                figures: [marginFigure].compactMap { $0 })
        } else {
            report(
                passportField, severity: severity(decidedBy: [marginFigure].compactMap { $0 }), places: places,
                expected: needed.iso8601, found: passportExpiry.iso8601,
                detail: words("finding.passport.short-of-margin", [
                    "expiry": words.date(passportExpiry), "short": String(passportExpiry.days(until: needed)),
                    "margin": String(margin), "end": words.date(endOfStay),
                ]),
                figures: [marginFigure].compactMap { $0 })
        }
    }

    /// Caps: the number of extensions so far (the count field's options are in order of
    /// count, the first meaning none), or the days of the stay from arrival to the end of the
    /// requested extension, both counted.
    mutating func checkExtensionCap() {
        guard let capFigure = figure(parameter: "cap"), let cap = capFigure.amount else { return }
        if let countField = field(parameter: "count-field"), let answer = answer(countField.id),
            let count = countField.options.firstIndex(where: { $0.value == answer }), count >= cap
        {
            report(
                countField.id, severity: severity(decidedBy: [capFigure]), places: [place(field: countField.id)],
                expected: "fewer than \(cap)", found: "\(count)",
                detail: words.counted("finding.cap.extensions", count, ["cap": capFigure.values[0].written(in: words)]),
                figures: [capFigure])
        }
        if let arrivalField = rule.parameters["arrival-field"]?.name, let arrival = date(parameter: "arrival-field"),
            let expiry = date(parameter: "expiry-field")
        {
            let requestedDays = Self.dayCount(answer(parameter: "duration-field"))
            let endOfStay = expiry.adding(days: requestedDays)
            // Both the day of arrival and the last day count: arriving on the 1st with a permit
            // to the 30th is a 30-day stay.
            let total = arrival.days(until: endOfStay) + 1
            guard total > cap else { return }
            var places = [place(field: arrivalField)]
            if let durationField = rule.parameters["duration-field"]?.name { places.append(place(field: durationField)) }
            report(
                arrivalField, severity: severity(decidedBy: [capFigure]), places: places,
                expected: "at most \(cap) days", found: "\(total) days",
                detail: words("finding.cap.days", [
                    "arrival": words.date(arrival), "end": words.date(endOfStay), "count": String(total),
                ]),
                figures: [capFigure])
        }
    }

    /// A number of days typed or read from the pack, kept within 0 to 100 years so that date
    /// arithmetic cannot overflow; not a number counts as 0.
    static func dayCount(_ text: String?) -> Int {
        dayCount(text.flatMap { Int($0) })
    }

    static func dayCount(_ days: Int?) -> Int {
        min(max(days ?? 0, 0), 36_500)
    }

    /// `today`, `tomorrow`, `in 5 days`.
    func inDays(_ days: Int) -> String {
        switch days {
        case 0: words["finding.when.today"]
        case 1: words["finding.when.tomorrow"]
        default: words("finding.when.in-days", ["count": String(days)])
        }
    }

    /// `today is the last day`, `3 days after today`.
    func daysLeft(_ days: Int) -> String {
        days == 0 ? words["finding.when.last-day"] : words.counted("finding.when.days-after", days)
    }
}
