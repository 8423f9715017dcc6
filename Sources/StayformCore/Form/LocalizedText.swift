/// Text given in one or more languages, keyed by language code (`en`, `id`).
///
///     let label = LocalizedText(["en": "Full name", "id": "Nama lengkap"])
///     label.resolved(for: "id")   // "Nama lengkap"
///     label.resolved(for: "fr")   // "Full name" (falls back to English)
public struct LocalizedText: Hashable, Sendable {
    /// The text in each language, by language code.
    public var translations: [String: String]

    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    /// English text only.
    public init(english: String) {
        self.translations = ["en": english]
    }

    /// The text in `language`, else English, else any language, else "".
    public func resolved(for language: String = "en") -> String {
        translations[language] ?? translations["en"] ?? translations.values.sorted().first ?? ""
    }
}
