/// A language stayform speaks: its own words come from the language's catalog, the pack's texts
/// from their translation in the pack.
///
///     Language(code: "id")                                   // .indonesian
///     Language(environment: ["LANG": "id_ID.UTF-8"])          // .indonesian
///     Language(environment: ["LC_ALL": "C", "LANG": "id_ID"]) // .english (LC_ALL wins)
public enum Language: String, CaseIterable, Hashable, Sendable, Codable {
    case english = "en"
    case indonesian = "id"

    /// The language with the code `en` or `id` (also `EN`, `id_ID`, `id-ID`); `nil` for others.
    public init?(code: String) {
        // Packs, drafts and the wizard's state hold the exact codes: no need to take them apart.
        if let exact = Language(rawValue: code) {
            self = exact
            return
        }
        let base = code.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }.lowercased()
        guard let language = Language(rawValue: base) else { return nil }
        self = language
    }

    /// The language of a pack's language code (`en`, `id`), English for any other: the
    /// language texts are shown in when a caller passes a code.
    public init(orEnglish code: String) {
        self = Language(code: code) ?? .english
    }

    /// The language a POSIX locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides, as `setlocale` would; `id…` is Indonesian, anything
    /// else (`C`, `POSIX`, `en_US.UTF-8`, `fr_FR`) English.
    ///
    /// Only the variable is read: the locale itself need not be installed (a fresh Debian has
    /// only `C.UTF-8`), since the character handling is chosen separately.
    public init(environment: [String: String]) {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
            .compactMap { environment[$0] }
            .first { !$0.isEmpty }
        self = setting.flatMap(Language.init(code:)) ?? .english
    }

    /// The code packs and drafts use: `en`, `id`.
    public var code: String { rawValue }

    /// The language's own name: `English`, `Bahasa Indonesia`.
    public var name: String { words["language.name"] }

    /// The other language: the one a live switch goes to.
    public var other: Language {
        switch self {
        case .english: .indonesian
        case .indonesian: .english
        }
    }

    /// The program's own words in this language.
    public var words: Words {
        switch self {
        case .english: Words.english
        case .indonesian: Words.indonesian
        }
    }
}
