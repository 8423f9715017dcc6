import StayformCore

/// Why a file stayform reads (a draft, a pack, a theme) could not be used.
///
/// Messages name the file and, where known, the line and column, and never quote values
/// from a draft: drafts hold personal data. They are written in the language they are shown
/// in: `description(in:)`; `description` and `message` are the English.
public struct LoadError: WordedError, Hashable, Sendable {
    /// The file, as the user named it or as it was found.
    public var path: String
    /// Line and column (from 1), where the problem has a position.
    public var line: Int?
    public var column: Int?
    /// What is wrong, and what to do about it, in any language.
    public var problem: Phrase

    /// The longest message kept whole; a longer one (it quotes a huge key from the file) keeps
    /// its start and its end, where the advice is.
    public static let messageLimit = 1_000

    public init(path: String, line: Int? = nil, column: Int? = nil, problem: Phrase) {
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// What is wrong and what to do, in English, without the file.
    public var message: String { message(in: Language.english.words) }

    /// What is wrong and what to do, in the language of `words`, without the file.
    public func message(in words: Words) -> String {
        let message = words[problem]
        guard message.unicodeScalars.count > Self.messageLimit else { return message }
        let scalars = message.unicodeScalars
        let half = Self.messageLimit / 2
        let omitted = scalars.count - 2 * half
        return String(scalars.prefix(half)) + words("load.message.cut", ["count": String(omitted)])
            + String(scalars.suffix(half))
    }

    /// `file:line:column: message`, in the language of `words`.
    public func description(in words: Words) -> String {
        var place = path
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message(in: words))"
    }
}

extension LoadError {
    /// Orders problems by line, then column; those without a position first.
    static func inFileOrder(_ first: LoadError, _ second: LoadError) -> Bool {
        (first.line ?? 0, first.column ?? 0) < (second.line ?? 0, second.column ?? 0)
    }
}
