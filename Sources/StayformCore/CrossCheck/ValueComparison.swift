/// How a restatement compares with the source of truth once normalized as the fact asks.
///
///     ValueComparison(.personName, expected: "MÜLLER", stated: "MUELLER")  // .note("…")
///     ValueComparison(.personName, expected: "MÜLLER", stated: "MULLER")   // .warning("…")
///     ValueComparison(.personName, expected: "MULLER", stated: "MILLER")   // .differs("different names")
public enum ValueComparison: Hashable, Sendable {
    /// The same value (case, spacing, separators aside).
    case same
    /// The same value written another acceptable way; worth a note.
    case note(String)
    /// Probably the same, but it will not match where it must; worth a warning.
    case warning(String)
    /// Different values; the rule's severity applies.
    case differs(String)

    public init(_ normalizer: ValueNormalizer, expected: String, stated: String) {
        switch normalizer {
        case .text: self = Self.text(expected, stated)
        case .personName: self = Self.personName(expected, stated)
        case .passportNumber: self = Self.passportNumber(expected, stated)
        case .date: self = Self.date(expected, stated)
        case .digits: self = Self.digits(expected, stated)
        }
    }

    private static func text(_ expected: String, _ stated: String) -> ValueComparison {
        func normalized(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        }
        return normalized(expected) == normalized(stated) ? .same : .differs("different text")
    }

    private static func personName(_ expected: String, _ stated: String) -> ValueComparison {
        switch PersonNameComparison(passport: expected, stated: stated) {
        case .identical:
            return .same
        case .equivalent(let reasons):
            var notes: [String] = []
            for reason in reasons {
                switch reason {
                case .letterCaseOrSpacing, .punctuation: break
                case .order: notes.append("the same names in another order")
                case .title(let titles):
                    notes.append("with the title \(titles.joined(separator: " ")), which the passport does not print")
                case .transliteration(let letters):
                    notes.append("written as the passport's MRZ writes it (ICAO 9303): " + letters.map {
                        "\($0.letter) as \($0.writtenAs)"
                    }.joined(separator: ", "))
                }
            }
            return notes.isEmpty ? .same : .note(notes.joined(separator: "; "))
        case .warning(.diacriticDropped(let letters)):
            return .warning(
                "the diacritic is dropped: " + letters.map {
                    "\($0.letter) written as \($0.writtenAs), where the MRZ writes \($0.icaoTransliteration)"
                }.joined(separator: ", ") + "; this spelling matches neither the passport nor its MRZ")
        case .mismatch:
            return .differs("different names")
        }
    }

    private static func passportNumber(_ expected: String, _ stated: String) -> ValueComparison {
        switch PassportNumberComparison(expected, stated) {
        case .identical, .equivalent:
            return .same
        case .lookAlikes(let differences):
            return .differs("look-alike characters: " + differences.map {
                "character \($0.position) is \($0.expected) on the passport but \($0.stated) here"
            }.joined(separator: ", "))
        case .mismatch:
            return .differs("different passport numbers")
        }
    }

    private static func date(_ expected: String, _ stated: String) -> ValueComparison {
        if expected == stated { return .same }
        // Drafts hold ISO dates; the flexible reader is for what documents print.
        let expectedDate: CalendarDate
        if let iso = CalendarDate(iso8601: expected) {
            expectedDate = iso
        } else if case .date(let parsed) = DateInput.parse(expected) {
            expectedDate = parsed
        } else {
            return text(expected, stated)
        }
        let statedDates = CalendarDate(iso8601: stated).map { [$0] } ?? DateInput.parse(stated).readings
        guard !statedDates.isEmpty else { return .differs("\"\(stated)\" is not a date") }
        if statedDates.contains(expectedDate) { return .same }
        switch DateComparison(expectedDate, statedDates[0]) {
        case .equal: return .same
        case .dayMonthSwapped: return .differs("day and month are swapped")
        case .differs(let days): return .differs("\(days.magnitude) day\(days.magnitude == 1 ? "" : "s") apart")
        }
    }

    private static func digits(_ expected: String, _ stated: String) -> ValueComparison {
        switch DigitsComparison(expected, stated) {
        case .identical, .equivalent:
            return .same
        case .transposition(let position):
            return .differs("digits \(position) and \(position + 1) are swapped")
        case .differentDigits(let positions):
            return .differs("different digit\(positions.count == 1 ? "" : "s") at position\(positions.count == 1 ? "" : "s") "
                + positions.map(String.init).joined(separator: ", "))
        case .differentLength(let expectedCount, let statedCount):
            return .differs("\(statedCount) digits instead of \(expectedCount)")
        case .notDigits(let positions):
            return .differs("not a digit at position\(positions.count == 1 ? "" : "s") "
                + positions.map(String.init).joined(separator: ", ") + " (O for 0? I for 1?)")
        }
    }
}
