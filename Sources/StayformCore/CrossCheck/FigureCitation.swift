/// A figure of the pack that a finding relies on: its value, where it comes from, since when
/// it applies, when it was last checked and how sure the pack is of it.
public struct FigureCitation: Hashable, Sendable {
    /// The figure's id (`limit.photo-max-size`).
    public var id: String
    /// Its value as shown (`2,097,152 bytes`; several values joined with ` or `).
    public var value: String
    public var confidence: Confidence
    /// The regulation, page or report the figure was taken from.
    public var source: String
    /// When it took effect; `nil` when the pack does not know.
    public var effective: CalendarDate?
    /// When someone last compared it with its source.
    public var checked: CalendarDate?

    public init(
        id: String, value: String, confidence: Confidence, source: String = "", effective: CalendarDate? = nil,
        checked: CalendarDate? = nil
    ) {
        self.id = id
        self.value = value
        self.confidence = confidence
        self.source = source
        self.effective = effective
        self.checked = checked
    }

    /// The citation of `figure`, its value written in the language of `words`.
    public init(_ figure: Figure, words: Words = Language.english.words) {
        self.init(
            id: figure.id, value: figure.values.map { $0.written(in: words) }.joined(separator: " \(words["report.or"]) "),
            confidence: figure.provenance.confidence, source: figure.provenance.source,
            effective: figure.provenance.effectiveDate, checked: figure.provenance.lastChecked)
    }

    /// The provenance in words: `source; effective 2022-11-15; checked 2026-11-21; confirmed`.
    public func provenanceWording(_ words: Words = Language.english.words) -> String {
        [source.isEmpty ? nil : source,
         effective.map { words("report.figure.effective", ["date": words.date($0)]) } ?? words["report.figure.effective-unknown"],
         checked.map { words("report.figure.checked", ["date": words.date($0)]) },
         confidence.wording(words)].compactMap { $0 }.joined(separator: "; ")
    }
}
