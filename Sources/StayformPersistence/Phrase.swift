import StayformCore

/// A message not yet put into words: it is written in whichever language it is shown in, from
/// that language's catalog. Persistence has no language of its own; whoever shows the message
/// chooses.
///
///     let problem = Phrase { words in words("load.draft.empty", ["bytes": "0"]) }
///     problem.text(in: Language.indonesian.words)   // "draf kosong (0 bita): …"
///     problem.description                            // "the draft is empty (0 bytes): …"
///
/// Two phrases are equal when their English is.
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
    private let writing: @Sendable (Words) -> String

    /// The phrase `writing` writes with the words of a language.
    public init(_ writing: @escaping @Sendable (Words) -> String) {
        self.writing = writing
    }

    /// A text that is the same in every language: a name, or a message of the system or of a
    /// library that has no translation.
    public init(verbatim text: String) {
        self.writing = { _ in text }
    }

    /// The phrase in the language of `words`.
    public func text(in words: Words) -> String { writing(words) }

    /// The phrase in English.
    public var description: String { text(in: Language.english.words) }

    /// `first` followed by `second`.
    public static func + (first: Phrase, second: Phrase) -> Phrase {
        Phrase { words in first.text(in: words) + second.text(in: words) }
    }

    public static func == (left: Phrase, right: Phrase) -> Bool {
        left.description == right.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }
}

extension Words {
    /// `phrase` written in these words.
    public subscript(_ phrase: Phrase) -> String { phrase.text(in: self) }
}
