/// An error stayform can explain in either of its languages; `description` is the English.
///
///     catch let error as any WordedError { print(error.description(in: language.words)) }
public protocol WordedError: Error, CustomStringConvertible {
    /// The whole message (the file it concerns, what is wrong, what to do) in the language of
    /// `words`.
    func description(in words: Words) -> String
}

extension WordedError {
    public var description: String { description(in: Language.english.words) }
}
