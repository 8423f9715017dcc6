/// What an overstay costs, from figures the form pack supplies (the per-day charge and the
/// number of days past which deportation applies are law that changes, never literals here).
/// The charge applies to an overstay of not more than the limit; deportation to one of more
/// than the limit (PP 45/2024 art. 7(1), Law 6/2011 art. 78(3)): with a limit of 60, day 60 is
/// still charged and day 61 is deportation.
///
///     OverstayEstimate(daysOverstayed: 60, chargePerDay: 1_000_000, deportationAfterDays: 60)
///     // .charge(days: 60, total: 60_000_000)
///     OverstayEstimate(daysOverstayed: 61, chargePerDay: 1_000_000, deportationAfterDays: 60)
///     // .deportation(days: 61)
public enum OverstayEstimate: Hashable, Sendable {
    /// Not overstayed.
    case none
    /// A charge of `chargePerDay × days`, in the pack's currency unit.
    case charge(days: Int, total: Int)
    /// Past the limit: deportation and an entry ban.
    case deportation(days: Int)

    /// The estimate for `daysOverstayed` (0 or less: none). A total too large for `Int`
    /// saturates at `Int.max`.
    public init(daysOverstayed: Int, chargePerDay: Int, deportationAfterDays: Int) {
        if daysOverstayed <= 0 {
            self = .none
        } else if daysOverstayed > deportationAfterDays {
            self = .deportation(days: daysOverstayed)
        } else {
            let (total, overflow) = chargePerDay.multipliedReportingOverflow(by: daysOverstayed)
            self = .charge(days: daysOverstayed, total: overflow ? Int.max : total)
        }
    }
}
