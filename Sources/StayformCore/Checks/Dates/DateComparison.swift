/// How two dates that should be the same relate.
///
///     DateComparison(2026-03-05, 2026-03-05)   // .equal
///     DateComparison(2026-03-05, 2026-05-03)   // .dayMonthSwapped — a DD/MM vs MM/DD slip
///     DateComparison(2026-03-05, 2026-03-07)   // .differs(days: 2)
public enum DateComparison: Hashable, Sendable {
    case equal
    /// Same year, and the day of one is the month of the other: typed in the other order.
    case dayMonthSwapped
    /// Any other difference; `days` from the first date to the second (negative when earlier).
    case differs(days: Int)

    /// Compares `expected` (the source of truth) with `stated` (the restatement).
    public init(_ expected: CalendarDate, _ stated: CalendarDate) {
        if expected == stated {
            self = .equal
        } else if expected.year == stated.year, expected.day == stated.month, expected.month == stated.day {
            self = .dayMonthSwapped
        } else {
            self = .differs(days: expected.days(until: stated))
        }
    }
}
