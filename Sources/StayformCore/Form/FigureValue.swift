/// One value of a figure: an amount in a unit (`500000 IDR`, `14 days`) or a list of items
/// (accepted file types), with the source that gives it when sources conflict.
public struct FigureValue: Hashable, Sendable {
    public var amount: Int?
    public var unit: FigureUnit?
    /// Items, for a figure that is a list (`jpeg`, `png`).
    public var items: [String]
    /// The source of this value, when it differs from the figure's.
    public var source: String?

    public init(amount: Int? = nil, unit: FigureUnit? = nil, items: [String] = [], source: String? = nil) {
        self.amount = amount
        self.unit = unit
        self.items = items
        self.source = source
    }

    /// The value as shown in English: `IDR 500,000`, `14 days`, `jpeg, png`.
    public var displayString: String { written(in: Language.english.words) }

    /// The value as shown in the language of `words`: `Rp500.000`, `14 hari`.
    public func written(in words: Words) -> String {
        guard let amount else { return items.joined(separator: ", ") }
        switch unit {
        case .idr, .usd: return words.money(amount, currency: unit?.rawValue ?? "")
        case .none: return words.number(amount)
        case .some(let unit): return words("report.unit.\(unit.rawValue)", ["amount": words.number(amount)])
        }
    }
}

/// The unit of a figure's amount.
public enum FigureUnit: String, Hashable, Sendable, CaseIterable {
    case idr = "IDR"
    case usd = "USD"
    case days
    case months
    case years
    case hours
    case bytes
    case pixels
    case times
}
