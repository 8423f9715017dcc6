/// A label and help worded for one kind of filer, replacing a field's or document's own where
/// given (`nil` keeps the default). A pack gives it under `by-filer: { sponsor: … }` so that
/// when the sponsor files (ITAS, ITAP) the questions speak to the sponsor about the applicant.
///
///     Wording(label: LocalizedText(english: "Relationship to the applicant"))
public struct Wording: Hashable, Sendable {
    public var label: LocalizedText?
    public var help: LocalizedText?

    public init(label: LocalizedText? = nil, help: LocalizedText? = nil) {
        self.label = label
        self.help = help
    }
}
