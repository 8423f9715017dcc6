/// Dates, numbers and money written the way each language writes them.
///
///     Language.english.words.date(march5)        // "2026-03-05"
///     Language.indonesian.words.date(march5)     // "5 Maret 2026"
///     Language.indonesian.words.money(1_000_000, currency: "IDR")  // "Rp1.000.000"
///     Language.english.words.money(1_000_000, currency: "IDR")     // "IDR 1,000,000"
extension Words {
    /// How a date is written for reading.
    public enum DateStyle: Sendable {
        /// In sentences and findings: `2026-03-05` in English, `5 Maret 2026` in Indonesian.
        case sentence
        /// Short and unambiguous, in lists and tables: `05 Mar 2026`, `5 Mar 2026`.
        case abbreviated
    }

    /// `date` written in this language.
    public func date(_ date: CalendarDate, style: DateStyle = .sentence) -> String {
        let index = date.month - 1
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return Words.filling(self[style == .sentence ? "date.format" : "date.format.abbreviated"]) { name in
            switch name {
            case "iso": date.iso8601
            case "day": String(date.day)
            case "dd": twoDigits(date.day)
            case "month": months.indices.contains(index) ? months[index] : String(date.month)
            case "mon": shortMonths.indices.contains(index) ? shortMonths[index] : String(date.month)
            case "year": String(date.year)
            default: nil
            }
        }
    }

    /// A whole number with its thousands grouped: `1,000,000`, `1.000.000`.
    public func number(_ value: Int) -> String {
        let separator = self["number.thousands"]
        let digits = String(value.magnitude)
        var result = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }

    /// Positions in a detail, in order: `3, 7, 9` (both languages write them so).
    public func list(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: ", ")
    }

    /// An amount of money in `currency` (`IDR`, `USD`): `Rp1.000.000`, `IDR 1,000,000`.
    public func money(_ amount: Int, currency: String) -> String {
        let template = texts["money.\(currency.lowercased())"] ?? self["money.other"]
        return Words.filling(template, with: ["amount": number(amount), "currency": currency])
    }
}
