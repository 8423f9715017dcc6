/// Where today falls relative to a ``FilingWindow``.
public enum FilingWindowStatus: Hashable, Sendable {
    /// Too early to file; it opens in `daysUntilOpen` days (at least 1).
    case notYetOpen(daysUntilOpen: Int)
    /// Filing is possible; `daysLeft` more days after today (0: today is the last day).
    case open(daysLeft: Int)
    /// Past the last working day, the permit still valid for `daysUntilExpiry` more days (0: ends today).
    case closedNotExpired(daysUntilExpiry: Int)
    /// The permit ended `daysOverstayed` days ago (at least 1).
    case expired(daysOverstayed: Int)
}
