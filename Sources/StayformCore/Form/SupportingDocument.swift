/// A document of the application package (passport, current permit, guarantee letter…), with
/// the facts it shows.
public struct SupportingDocument: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    /// What it is, which pages, how to prepare it (translation, meterai…).
    public var help: LocalizedText
    /// The facts (by id) that can be read on it.
    public var shows: [String]

    public init(
        id: String, label: LocalizedText, help: LocalizedText = LocalizedText([:]),
        shows: [String] = []
    ) {
        self.id = id
        self.label = label
        self.help = help
        self.shows = shows
    }
}
