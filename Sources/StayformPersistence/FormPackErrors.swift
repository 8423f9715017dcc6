/// Every problem found in a form pack, each with its file, line and column.
public struct FormPackErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var errors: [LoadError]

    public init(_ errors: [LoadError]) {
        self.errors = errors
    }

    /// One problem per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
