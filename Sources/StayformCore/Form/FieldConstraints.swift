/// What a field's answer must look like, from the pack: a format (a regular expression and its
/// description in words), the shortest length, the range of a number, the days a date may fall
/// on. The `valid-answers` rule checks them, beside what the field's type implies (a date is a
/// date, an e-mail address has a domain, a choice is one of its options).
///
///     - id: address.postal-code
///       type: postal-code
///       pattern: '^[1-9][0-9]{4}$'
///       format: five digits, such as 80361
///     - id: declaration.date
///       type: date
///       latest: today
public struct FieldConstraints: Hashable, Sendable {
    /// A regular expression the whole answer must match.
    public var pattern: String?
    /// The format in words, shown when the answer does not match (`five digits, such as 80361`).
    public var format: LocalizedText?
    /// The fewest characters an answer may have.
    public var minLength: Int?
    /// The smallest and largest number a `duration` or `money` answer may be.
    public var minimum: Int?
    public var maximum: Int?
    /// The first and last day a date answer may be.
    public var earliest: DateBound?
    public var latest: DateBound?

    public init(
        pattern: String? = nil, format: LocalizedText? = nil, minLength: Int? = nil, minimum: Int? = nil,
        maximum: Int? = nil, earliest: DateBound? = nil, latest: DateBound? = nil
    ) {
        self.pattern = pattern
        self.format = format
        self.minLength = minLength
        self.minimum = minimum
        self.maximum = maximum
        self.earliest = earliest
        self.latest = latest
    }
}

/// A day a date answer is bounded by: the day of the check (`today`) or a fixed date.
public enum DateBound: Hashable, Sendable {
    case today
    case date(CalendarDate)

    /// Reads `today` or an ISO date.
    public init?(_ text: String) {
        if text == "today" {
            self = .today
        } else if let date = CalendarDate(iso8601: text) {
            self = .date(date)
        } else {
            return nil
        }
    }

    /// The day it stands for, given today.
    public func day(today: CalendarDate) -> CalendarDate {
        switch self {
        case .today: today
        case .date(let date): date
        }
    }
}
