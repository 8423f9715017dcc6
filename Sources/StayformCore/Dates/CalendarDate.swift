/// A day in the proleptic Gregorian calendar, without time or time zone.
///
/// Stayform stores dates as ISO 8601 (`2026-03-05`) and shows them unambiguously
/// (`05 Mar 2026`). "Today" is always passed in; nothing here reads a clock.
///
///     let expiry = CalendarDate(iso8601: "2026-03-05")!
///     expiry.adding(days: 30).iso8601   // "2026-04-04"
///     expiry.displayString              // "05 Mar 2026"
public struct CalendarDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when year, month and day name a real day; `nil` otherwise.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date from days since 1970-01-01 (negative before); meaningful for the years
    /// 1 to 9999 that `iso8601` can write.
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` later (earlier when negative), moved back to the month's last day
    /// when that month is shorter; the year stays within 1…9999.
    ///
    ///     CalendarDate(iso8601: "2026-05-31")!.adding(months: -3).iso8601   // "2026-02-28"
    public func adding(months: Int) -> CalendarDate {
        let index = min(max(year * 12 + (month - 1) + months, 12), 9999 * 12 + 11)
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// Day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (daysSinceEpoch + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDate {
    /// Parses `YYYY-MM-DD` exactly; `nil` for anything else or a day that does not exist.
    ///
    /// Read byte by byte: the cross-checks read the dates they compare on every keystroke.
    public init?(iso8601 text: String) {
        var text = text
        guard let date = text.withUTF8(CalendarDate.init(isoBytes:)) else { return nil }
        self = date
    }

    /// The date of exactly the bytes `YYYY-MM-DD`; `nil` for anything else or a day that does
    /// not exist.
    private init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for offset in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) else { return nil }
                value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var iso8601: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        guard (0...9999).contains(year) else { return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
        // Written digit by digit into one small string: dates are written for every finding.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, digits: Int, at start: Int) {
                var rest = value
                for offset in (start..<start + digits).reversed() {
                    buffer[offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, digits: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, digits: 2, at: 8)
            return 10
        }
    }

    /// An unambiguous form for people, in English: `05 Mar 2026`. In another language:
    /// `words.date(date, style: .abbreviated)`.
    public var displayString: String { Language.english.words.date(self, style: .abbreviated) }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    public var isASCIIDigit: Bool { ("0"..."9").contains(self) && isASCII }
}

extension CalendarDate: CustomStringConvertible {
    public var description: String { iso8601 }
}
