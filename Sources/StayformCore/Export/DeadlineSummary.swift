/// The permit's dates for the export: expiry, days left, the filing window (with the pack's
/// holidays), the overstay estimate once expired, and the figures behind them.
public struct DeadlineSummary: Hashable, Sendable {
    /// The last day the permit is valid; `nil` when not answered or not a date.
    public var expiry: CalendarDate?
    /// Whole days from today to expiry: 0 on the last day, negative once expired.
    public var daysUntilExpiry: Int?
    /// The first day to file.
    public var windowOpens: CalendarDate?
    /// The last day to file: the last working day before expiry.
    public var windowCloses: CalendarDate?
    /// Where today stands relative to the window.
    public var status: FilingWindowStatus?
    /// What an overstay costs, once expired.
    public var overstay: OverstayEstimate?
    /// The unit of the overstay charge (`IDR`).
    public var overstayUnit: FigureUnit?
    /// The figures the dates and limits rest on, in pack order of use.
    public var figures: [ExportedFigure]
    /// Why the last day to file may move (its year's holidays are estimated); `nil` when the
    /// holidays it rests on are confirmed.
    public var holidayCaveat: String?

    public init(
        expiry: CalendarDate?, daysUntilExpiry: Int?, windowOpens: CalendarDate?,
        windowCloses: CalendarDate?, status: FilingWindowStatus?, overstay: OverstayEstimate?,
        overstayUnit: FigureUnit?, figures: [ExportedFigure], holidayCaveat: String? = nil
    ) {
        self.expiry = expiry
        self.daysUntilExpiry = daysUntilExpiry
        self.windowOpens = windowOpens
        self.windowCloses = windowCloses
        self.status = status
        self.overstay = overstay
        self.overstayUnit = overstayUnit
        self.figures = figures
        self.holidayCaveat = holidayCaveat
    }
}

/// A pack figure as exported: its value, source and how sure the pack is of it.
public struct ExportedFigure: Hashable, Sendable {
    public var id: String
    public var label: String
    /// As shown (`IDR 1,000,000`; several values joined with ` or `).
    public var value: String
    public var source: String
    public var lastChecked: CalendarDate
    public var confidence: Confidence

    public init(id: String, label: String, value: String, source: String, lastChecked: CalendarDate, confidence: Confidence) {
        self.id = id
        self.label = label
        self.value = value
        self.source = source
        self.lastChecked = lastChecked
        self.confidence = confidence
    }

    /// The export of `figure`, its label and value in `language`.
    public init(_ figure: Figure, language: String) {
        let words = Language(orEnglish: language).words
        self.init(
            id: figure.id, label: figure.label.resolved(for: language),
            value: figure.values.map { value in
                value.source.map { "\(value.written(in: words)) (\($0))" } ?? value.written(in: words)
            }.joined(separator: " \(words["report.or"]) "),
            source: figure.provenance.source, lastChecked: figure.provenance.lastChecked,
            confidence: figure.provenance.confidence)
    }
}
