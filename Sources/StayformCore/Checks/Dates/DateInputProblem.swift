/// Why a typed date could not be read.
public enum DateInputProblem: Hashable, Sendable {
    /// Nothing typed.
    case empty
    /// Not one of the accepted forms; show an example such as `05 Mar 2026`.
    case unrecognisedFormat
    /// A two-digit year (`05/03/26`): ask for all four digits.
    case twoDigitYear
    /// A word where a month name was expected.
    case unknownMonthName(String)
    /// The numbers do not name a real day (31 February, month 13).
    case noSuchDay(year: Int, month: Int, day: Int)
}
