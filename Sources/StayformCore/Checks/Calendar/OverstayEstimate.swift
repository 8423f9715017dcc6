/// What an overstay costs, from figures the form pack supplies (the per-day charge and the
/// number of days from which deportation applies are law that changes, never literals here).
///
///     OverstayEstimate(daysOverstayed: 3, chargePerDay: 1_000_000, deportationFromDays: 60)
///     // .charge(days: 3, total: 3_000_000)
///     OverstayEstimate(daysOverstayed: 60, chargePerDay: 1_000_000, deportationFromDays: 60)
///     // .deportation(days: 60)
public enum OverstayEstimate: Hashable, Sendable {
    /// Not overstayed.
    case none
    /// A charge of `chargePerDay × days`, in the pack's currency unit.
    case charge(days: Int, total: Int)
    /// At or past the limit: deportation and an entry ban.
    case deportation(days: Int)

    /// The estimate for `daysOverstayed` (0 or less: none). A total too large for `Int`
    /// saturates at `Int.max`.
    public init(daysOverstayed: Int, chargePerDay: Int, deportationFromDays: Int) {
        if daysOverstayed <= 0 {
            self = .none
        } else if daysOverstayed >= deportationFromDays {
            self = .deportation(days: daysOverstayed)
        } else {
            let (total, overflow) = chargePerDay.multipliedReportingOverflow(by: daysOverstayed)
            self = .charge(days: daysOverstayed, total: overflow ? Int.max : total)
        }
    }
}
