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

    /// The comparison of `stated` with `expected`, what differs said in the language of `words`.
    public init(
        _ normalizer: ValueNormalizer, expected: String, stated: String, words: Words = Language.english.words
    ) {
        switch normalizer {
        case .text: self = Self.text(expected, stated, words)
        case .personName: self = Self.personName(expected, stated, words)
        case .passportNumber: self = Self.passportNumber(expected, stated, words)
        case .date: self = Self.date(expected, stated, words)
        case .digits: self = Self.digits(expected, stated, words)
        }
    }

    private static func text(_ expected: String, _ stated: String, _ words: Words) -> ValueComparison {
        /// The words lowercased, one space between them; ASCII byte by byte.
        func normalized(_ text: String) -> String {
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
                return text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
            }
            var bytes: [UInt8] = []
            var spaceBefore = false
            for byte in text.utf8 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    spaceBefore = !bytes.isEmpty
                    continue
                }
                if spaceBefore { bytes.append(0x20) }
                spaceBefore = false
                bytes.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return normalized(expected) == normalized(stated) ? .same : .differs(words["finding.compare.text"])
    }

    private static func personName(_ expected: String, _ stated: String, _ words: Words) -> ValueComparison {
        switch PersonNameComparison(passport: expected, stated: stated) {
        case .identical:
            return .same
        case .equivalent(let reasons):
            var notes: [String] = []
            for reason in reasons {
                switch reason {
                case .letterCaseOrSpacing, .punctuation: break
                case .order: notes.append(words["finding.compare.name-order"])
                case .title(let titles):
                    notes.append(words("finding.compare.title", ["title": titles.joined(separator: " ")]))
                case .transliteration(let letters):
                    notes.append(words("finding.compare.transliteration", ["letters": letters.map {
                        words("finding.compare.letter-as", ["letter": String($0.letter), "written": $0.writtenAs])
                    }.joined(separator: ", ")]))
                }
            }
            return notes.isEmpty ? .same : .note(notes.joined(separator: "; "))
        case .warning(.diacriticDropped(let letters)):
            return .warning(words("finding.compare.diacritic", ["letters": letters.map {
                words("finding.compare.letter-dropped", [
                    "letter": String($0.letter), "written": $0.writtenAs, "mrz": $0.icaoTransliteration,
                ])
            }.joined(separator: ", ")]))
        case .mismatch:
            return .differs(words["finding.compare.names"])
        }
    }

    private static func passportNumber(_ expected: String, _ stated: String, _ words: Words) -> ValueComparison {
        switch PassportNumberComparison(expected, stated) {
        case .identical, .equivalent:
            return .same
        case .lookAlikes(let differences):
            return .differs(words("finding.compare.look-alikes", ["characters": differences.map {
                words("finding.compare.look-alike", [
                    "position": String($0.position), "expected": String($0.expected), "stated": String($0.stated),
                ])
            }.joined(separator: ", ")]))
        case .mismatch:
            return .differs(words["finding.compare.passport-numbers"])
        }
    }

    private static func date(_ expected: String, _ stated: String, _ words: Words) -> ValueComparison {
        if expected == stated { return .same }
        // Drafts hold ISO dates; the flexible reader is for what documents print.
        let expectedDate: CalendarDate
        if let iso = CalendarDate(iso8601: expected) {
            expectedDate = iso
        } else if case .date(let parsed) = DateInput.parse(expected) {
            expectedDate = parsed
        } else {
            return text(expected, stated, words)
        }
        let statedDates = CalendarDate(iso8601: stated).map { [$0] } ?? DateInput.parse(stated).readings
        guard !statedDates.isEmpty else { return .differs(words("finding.compare.not-a-date", ["value": stated])) }
        if statedDates.contains(expectedDate) { return .same }
        switch DateComparison(expectedDate, statedDates[0]) {
        case .equal: return .same
        case .dayMonthSwapped: return .differs(words["finding.compare.day-month"])
        case .differs(let days): return .differs(words.counted("finding.compare.days-apart", Int(days.magnitude)))
        }
    }

    private static func digits(_ expected: String, _ stated: String, _ words: Words) -> ValueComparison {
        switch DigitsComparison(expected, stated) {
        case .identical, .equivalent:
            return .same
        case .transposition(let position):
            return .differs(words("finding.digits.swapped", ["first": String(position), "second": String(position + 1)]))
        case .differentDigits(let positions):
            return .differs(words.counted("finding.digits.different", positions.count, ["positions": words.list(positions)]))
        case .differentLength(let expectedCount, let statedCount):
            return .differs(words("finding.digits.length", ["count": String(statedCount), "expected": String(expectedCount)]))
        case .notDigits(let positions):
            return .differs(words.counted("finding.digits.not-digits", positions.count, ["positions": words.list(positions)])
                + " " + words["finding.digits.look-alike-hint"])
        }
    }
}
