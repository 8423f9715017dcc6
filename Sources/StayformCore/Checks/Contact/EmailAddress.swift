/// An e-mail address that passed a sane syntax check (not full RFC 5322: what a portal accepts).
///
///     EmailAddress.read(" Anna.Eriksson@Example.COM ")   // .valid: localPart "Anna.Eriksson", domain "example.com"
///     EmailAddress.read("anna@example")                  // .invalid([.domainWithoutDot])
public struct EmailAddress: Hashable, Sendable {
    /// The part before `@`, as typed (its case may matter to the mail server).
    public let localPart: String
    /// The part after `@`, lowercased.
    public let domain: String

    /// `local@domain`, to store or show to its owner. Personal data: never log it.
    public var text: String { "\(localPart)@\(domain)" }

    /// The most characters in a whole address, and in its local part (RFC 5321).
    public static let maximumLength = 254
    public static let maximumLocalPartLength = 64
}
