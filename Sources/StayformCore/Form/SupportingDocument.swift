/// A document of the application package (passport, current permit, guarantee letter…), with
/// the facts it shows.
public struct SupportingDocument: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    /// What it is, which pages, how to prepare it (translation, meterai…).
    public var help: LocalizedText
    /// The facts (by id) that can be read on it.
    public var shows: [String]
    /// Other wording for a filer other than the applicant (read through
    /// `FormPack.label(of:given:)` and `FormPack.help(of:given:)`).
    public var wordingByFiler: [Filer: Wording]

    public init(
        id: String, label: LocalizedText, help: LocalizedText = LocalizedText([:]),
        shows: [String] = [], wordingByFiler: [Filer: Wording] = [:]
    ) {
        self.id = id
        self.label = label
        self.help = help
        self.shows = shows
        self.wordingByFiler = wordingByFiler
    }
}
