/// A country a country field offers: ISO 3166-1 alpha-3 code (as in a passport's MRZ) and name.
public struct Country: Hashable, Sendable {
    /// `IDN`.
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
