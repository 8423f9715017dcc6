import StayformCore

/// The argument parser's own fixed words in help, usage and error messages (`USAGE:`,
/// `OPTIONS:`, `Show help information.`, `Error:` …), put into the language of the run. The
/// parser writes them in English; each is found by its English catalog text and replaced by
/// the same key's text in `words`. What the parser quotes (options, values typed) is left as is.
///
///     ParserWords.translated("USAGE: stayform check <draft>", into: Language.indonesian.words)
///     // "PEMAKAIAN: stayform check <draft>"
enum ParserWords {
    /// Where a phrase is found.
    enum Place {
        /// At the start of a line, after its indentation (`USAGE:`, `Error:`).
        case lineStart
        /// At the end of a line (`Show help information.`).
        case lineEnd
        /// Anywhere in a line (`(values: `).
        case inside
        /// A whole line after its indentation, with a command in place of `{command}`.
        case aroundCommand
    }

    /// The phrases, by catalog key.
    static let phrases: [(key: String, place: Place)] = [
        ("help.parser.overview", .lineStart), ("help.parser.usage", .lineStart),
        ("help.parser.arguments", .lineStart), ("help.parser.options", .lineStart),
        ("help.parser.subcommands", .lineStart), ("help.parser.error", .lineStart),
        ("help.parser.help", .lineStart), ("help.parser.usage-line", .lineStart),
        ("help.parser.show-help", .lineEnd), ("help.parser.show-version", .lineEnd),
        ("help.parser.values", .inside), ("help.parser.default", .inside),
        ("help.parser.default-subcommand", .inside),
        ("help.parser.see-detailed", .aroundCommand), ("help.parser.see-more", .aroundCommand),
    ]

    /// `message` with the parser's phrases in the language of `words`; unchanged in English.
    static func translated(_ message: String, into words: Words) -> String {
        guard words.language != .english else { return message }
        let english = Language.english.words
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            phrases.reduce(String(line)) { line, phrase in
                replacing(phrase.key, at: phrase.place, in: line, english: english, words: words)
            }
        }.joined(separator: "\n")
    }

    /// `line` with the gap that follows `phrase` (two blanks or more: the column before an
    /// abstract) widened by `difference`, keeping two blanks at least, so the columns stay in line.
    private static func aligned(_ line: String, after phrase: String, widening difference: Int) -> String {
        guard difference != 0, let found = line.firstRange(of: phrase) else { return line }
        let gap = line[found.upperBound...].prefix { $0 == " " }.count
        guard gap >= 2 else { return line }
        let rest = line[found.upperBound...].dropFirst(gap)
        return line[..<found.upperBound] + String(repeating: " ", count: max(2, gap + difference)) + rest
    }

    private static func replacing(_ key: String, at place: Place, in line: String, english: Words, words: Words) -> String {
        let original = english[key], replacement = words[key]
        let indentation = String(line.prefix { $0 == " " })
        let body = line.dropFirst(indentation.count)
        switch place {
        case .lineStart:
            guard body.hasPrefix(original) else { return line }
            return indentation + replacement + body.dropFirst(original.count)
        case .lineEnd:
            guard line.hasSuffix(original) else { return line }
            return line.dropLast(original.count) + replacement
        case .inside:
            return aligned(line.replacing(original, with: replacement), after: replacement, widening: original.count - replacement.count)
        case .aroundCommand:
            let parts = original.split(separator: "{command}", omittingEmptySubsequences: false)
            guard parts.count == 2, body.hasPrefix(parts[0]), body.hasSuffix(parts[1]),
                body.count >= parts[0].count + parts[1].count
            else { return line }
            let command = body.dropFirst(parts[0].count).dropLast(parts[1].count)
            return indentation + words(key, ["command": String(command)])
        }
    }
}
