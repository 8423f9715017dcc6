/// Reads a date the way people type it.
///
///     DateInput.parse("2026-03-05")     // .date(2026-03-05)
///     DateInput.parse("5 March 2026")   // .date(2026-03-05)
///     DateInput.parse("05.03.2026")     // .date(2026-03-05)   dots: day first
///     DateInput.parse("25/03/2026")     // .date(2026-03-25)   only one reading is a real day
///     DateInput.parse("05/03/2026")     // .ambiguous(dayFirst: 2026-03-05, monthFirst: 2026-05-03)
///     DateInput.parse("31/02/2026")     // .invalid(.noSuchDay(year: 2026, month: 2, day: 31))
///
/// Accepted: ISO `YYYY-MM-DD`; `DD MMM YYYY` and `MMM DD, YYYY` with English or Indonesian
/// month names or their three-letter abbreviations (`Mar`, `March`, `Maret`, `Agu`), ordinal
/// suffixes (`5th`); `DD.MM.YYYY`; `DD/MM/YYYY` or `MM/DD/YYYY` (also with `-`).
public enum DateInput {
    /// Parses `text`; see ``DateInput`` for the forms accepted.
    public static func parse(_ text: String) -> DateInputResult {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return .invalid(.empty) }
        let tokens = trimmed.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0) }
        let separators = Set(trimmed.filter { !$0.isLetter && !$0.isNumber && !$0.isWhitespace && $0 != "," })
        guard tokens.count == 3 else { return .invalid(.unrecognisedFormat) }

        if let nameIndex = tokens.firstIndex(where: { $0.contains(where: \.isLetter) && !isOrdinal($0) }) {
            return parseWithMonthName(tokens, nameIndex: nameIndex)
        }
        let numbers = tokens.map { token -> (value: Int, width: Int)? in
            let digits = isOrdinal(token) ? String(token.dropLast(2)) : token
            guard digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
            return (value, digits.count)
        }
        guard numbers.allSatisfy({ $0 != nil }) else { return .invalid(.unrecognisedFormat) }
        let parts = numbers.compactMap { $0 }

        if parts[0].width == 4 {  // YYYY-MM-DD
            guard parts[1].width <= 2, parts[2].width <= 2 else { return .invalid(.unrecognisedFormat) }
            return day(year: parts[0].value, month: parts[1].value, day: parts[2].value)
        }
        guard parts[0].width <= 2, parts[1].width <= 2 else { return .invalid(.unrecognisedFormat) }
        guard parts[2].width == 4 else {
            return parts[2].width == 2 ? .invalid(.twoDigitYear) : .invalid(.unrecognisedFormat)
        }
        let (first, second, year) = (parts[0].value, parts[1].value, parts[2].value)
        if separators == ["."] {  // DD.MM.YYYY is day-first wherever it is written
            return day(year: year, month: second, day: first)
        }
        let dayFirst = CalendarDate(year: year, month: second, day: first)
        let monthFirst = CalendarDate(year: year, month: first, day: second)
        switch (dayFirst, monthFirst) {
        case let (a?, b?): return a == b ? .date(a) : .ambiguous(dayFirst: a, monthFirst: b)
        case let (a?, nil): return .date(a)
        case let (nil, b?): return .date(b)
        case (nil, nil): return .invalid(.noSuchDay(year: year, month: second, day: first))
        }
    }

    private static func parseWithMonthName(_ tokens: [String], nameIndex: Int) -> DateInputResult {
        guard let month = MonthName.number(for: tokens[nameIndex]) else {
            return .invalid(.unknownMonthName(tokens[nameIndex]))
        }
        let others = tokens.indices.filter { $0 != nameIndex }.map { tokens[$0] }
        let numbers = others.map { token in isOrdinal(token) ? String(token.dropLast(2)) : token }
        guard numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return .invalid(.unrecognisedFormat)
        }
        // The year is the four-digit number; the day has one or two digits.
        guard let yearText = numbers.first(where: { $0.count == 4 }),
            let dayText = numbers.first(where: { $0.count <= 2 }),
            let year = Int(yearText), let day = Int(dayText)
        else {
            return numbers.contains(where: { $0.count == 2 }) && !numbers.contains(where: { $0.count == 4 })
                ? .invalid(.twoDigitYear) : .invalid(.unrecognisedFormat)
        }
        return self.day(year: year, month: month, day: day)
    }

    private static func day(year: Int, month: Int, day: Int) -> DateInputResult {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return .invalid(.noSuchDay(year: year, month: month, day: day))
        }
        return .date(date)
    }

    /// `1st`, `2nd`, `23rd`, `5th`.
    private static func isOrdinal(_ token: String) -> Bool {
        let suffix = token.suffix(2).lowercased()
        return ["st", "nd", "rd", "th"].contains(suffix) && token.count > 2
            && token.dropLast(2).allSatisfy(\.isASCIIDigit)
    }
}
