/// A kind of stay permit being extended (e-VOA, visit visa C1, ITAS…), with who files, whether
/// it can be extended at all, and the documents it requires or recommends.
public struct PermitCategory: Hashable, Sendable, Identifiable {
    /// The value the category field stores (`voa`).
    public var id: String
    public var label: LocalizedText
    /// How this permit extends (length, how often), in words.
    public var help: LocalizedText
    /// False for permits that cannot be extended: the wizard stops and shows `stopText`.
    public var isExtendable: Bool
    /// Who files the extension.
    public var filedBy: Filer
    /// The text (by id in `FormPack.texts`) explaining what to do instead, for a category that
    /// cannot be extended.
    public var stopText: String?
    /// Figures (by id) that bound this category: extension length, caps.
    public var figureIDs: [String]
    /// Documents every application in this category must include.
    public var requiredDocuments: [DocumentRequirement]
    /// Documents that make an application in this category stronger.
    public var recommendedDocuments: [DocumentRequirement]
    /// Category ids of earlier editions this one replaces (see `ChoiceOption.formerValues`).
    public var formerIDs: [String]

    public init(
        id: String, label: LocalizedText, help: LocalizedText = LocalizedText([:]),
        isExtendable: Bool = true, filedBy: Filer = .applicant, stopText: String? = nil,
        figureIDs: [String] = [], requiredDocuments: [DocumentRequirement] = [],
        recommendedDocuments: [DocumentRequirement] = [], formerIDs: [String] = []
    ) {
        self.id = id
        self.label = label
        self.help = help
        self.isExtendable = isExtendable
        self.filedBy = filedBy
        self.stopText = stopText
        self.figureIDs = figureIDs
        self.requiredDocuments = requiredDocuments
        self.recommendedDocuments = recommendedDocuments
        self.formerIDs = formerIDs
    }

    /// The documents required given the answers so far, in pack order.
    public func requiredDocumentIDs(given values: [String: String]) -> [String] {
        requiredDocuments.filter { $0.applies(given: values) }.map(\.documentID)
    }
}

/// Who files an extension on the portal.
public enum Filer: String, Hashable, Sendable, CaseIterable {
    /// The foreigner, from their own account.
    case applicant
    /// The guarantor, from the sponsor's own e-Visa account.
    case sponsor
    /// Nobody: the permit cannot be extended.
    case nobody
}
