/// Why a file stayform reads (a draft, a pack, a theme) could not be used.
///
/// Messages name the file and, where known, the line and column, and never quote values
/// from a draft: drafts hold personal data.
public struct LoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as the user named it or as it was found.
    public var path: String
    /// Line and column (from 1), where the problem has a position.
    public var line: Int?
    public var column: Int?
    /// What is wrong, and what to do about it.
    public var message: String

    /// The longest message kept whole; a longer one (it quotes a huge key from the file) keeps
    /// its start and its end, where the advice is.
    public static let messageLimit = 1_000

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        if message.unicodeScalars.count > Self.messageLimit {
            let scalars = message.unicodeScalars
            let half = Self.messageLimit / 2
            let omitted = scalars.count - 2 * half
            self.message = String(scalars.prefix(half)) + "…(\(omitted) characters left out)…"
                + String(scalars.suffix(half))
        } else {
            self.message = message
        }
    }

    public var description: String {
        var place = path
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}
