import StayformCore

/// Every problem found in a form pack, each with its file, line and column.
public struct FormPackErrors: WordedError, Hashable, Sendable {
    /// The problems, in file order.
    public var errors: [LoadError]

    public init(_ errors: [LoadError]) {
        self.errors = errors
    }

    /// One problem per line, in the language of `words`.
    public func description(in words: Words) -> String {
        errors.map { $0.description(in: words) }.joined(separator: "\n")
    }
}
