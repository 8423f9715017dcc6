extension DeadlineSummary {
    /// The summary the pack's deadline rules give for `values` on `today`: the expiry field,
    /// window and overstay figures are the parameters of its `filing-window`,
    /// `days-to-expiry` and `expired-permit` rules (those that apply); the category's own
    /// figures follow. `nil` when the pack has none of those rules.
    public init?(pack: FormPack, values: [String: String], today: CalendarDate, language: String = "en") {
        let words = Language(orEnglish: language).words
        let deadlineKinds: [RuleKind] = [.filingWindow, .daysToExpiry, .expiredPermit]
        let rules = pack.rules.filter {
            deadlineKinds.contains($0.kind) && ($0.when?.isSatisfied(by: values) ?? true)
        }
        guard !rules.isEmpty else { return nil }
        func figure(_ kind: RuleKind, _ parameter: String) -> Figure? {
            rules.first { $0.kind == kind }?.parameters[parameter]?.name.flatMap(pack.figure(id:))
        }
        var figureIDs: [String] = []
        for rule in rules {
            for name in rule.kind.parameters.filter({ $0.value.kind == .figure }).keys.sorted() {
                if let id = rule.parameters[name]?.name, !figureIDs.contains(id) { figureIDs.append(id) }
            }
        }
        for id in pack.selectedCategory(given: values)?.figureIDs ?? [] where !figureIDs.contains(id) {
            figureIDs.append(id)
        }
        let expiry = rules.lazy.compactMap { $0.parameters["expiry-field"]?.name }.first
            .flatMap { values[$0] }.flatMap(CalendarDate.init(iso8601:))
        var window: FilingWindow?
        if let expiry, let opensFigure = figure(.filingWindow, "opens-days-before"), let opens = opensFigure.amount {
            let calendar = WorkingDayCalendar(holidays: pack.holidayYears.flatMap { $0.days.map(\.date) })
            window = FilingWindow(
                expiry: expiry, opensBefore: opens, unit: opensFigure.values.first?.unit, calendar: calendar)
        }
        var overstay: OverstayEstimate?
        var overstayUnit: FigureUnit?
        if let expiry, let charge = figure(.expiredPermit, "overstay-charge"), let perDay = charge.amount,
            let limit = figure(.expiredPermit, "deportation-after")?.amount
        {
            overstay = OverstayEstimate(
                daysOverstayed: expiry.days(until: today), chargePerDay: perDay, deportationAfterDays: limit)
            overstayUnit = charge.values.first?.unit
        }
        self.init(
            expiry: expiry, daysUntilExpiry: expiry.map { today.days(until: $0) }, windowOpens: window?.opens,
            windowCloses: window?.closes, status: window?.status(today: today), overstay: overstay,
            overstayUnit: overstayUnit,
            figures: figureIDs.compactMap(pack.figure(id:)).map { ExportedFigure($0, language: language) },
            holidayCaveat: window.flatMap { pack.holidayCaveat(for: $0.closes.year, words: words) })
    }
}
