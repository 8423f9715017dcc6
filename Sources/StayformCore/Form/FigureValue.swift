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

    /// The value as shown: `IDR 500,000`, `14 days`, `jpeg, png`.
    public var displayString: String {
        guard let amount else { return items.joined(separator: ", ") }
        let grouped = FigureValue.grouped(amount)
        switch unit {
        case .idr: return "IDR \(grouped)"
        case .usd: return "USD \(grouped)"
        case .none: return grouped
        case .some(let unit): return "\(grouped) \(unit.rawValue)"
        }
    }

    private static func grouped(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return amount < 0 ? "-" + result : result
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
