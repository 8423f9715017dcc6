/// What ``DateInput/parse(_:)`` made of a typed date.
public enum DateInputResult: Hashable, Sendable {
    /// One real day.
    case date(CalendarDate)
    /// `05/03/2026`: both the day-first and the month-first readings are real days; ask which.
    case ambiguous(dayFirst: CalendarDate, monthFirst: CalendarDate)
    /// Not a date; the problem says why.
    case invalid(DateInputProblem)

    /// Every reading the text allows: one, two when ambiguous, none when invalid.
    public var readings: [CalendarDate] {
        switch self {
        case .date(let date): [date]
        case .ambiguous(let dayFirst, let monthFirst): [dayFirst, monthFirst]
        case .invalid: []
        }
    }
}
