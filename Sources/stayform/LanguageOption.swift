import ArgumentParser
import FoundationEssentials
import StayformCore

/// `--lang en|id`: the language of the program's words and of the pack's texts, on the wizard
/// and on every command that writes text. An unknown value is refused, naming the choices.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            LanguageChoice.words["help.option.lang"], discussion: LanguageChoice.words["help.option.lang.discussion"],
            valueName: "en|id"),
        completion: .list(Language.allCases.map(\.code)))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(LanguageOption.unknown(lang, words: LanguageChoice.words))
        }
    }

    /// The language of this run: `--lang`, else `draft` (the language a draft being opened
    /// remembers), else the locale variables.
    func chosen(draft: Language? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        LanguageChoice.decide(option: lang.flatMap(Language.init(code:)), draft: draft, environment: environment)
    }

    /// "unknown language `fr`: choose en (English) or id (Bahasa Indonesia)", each choice in its
    /// own language, so that it reads whichever language the message is in.
    static func unknown(_ value: String, words: Words) -> String {
        let choices = Language.allCases.map { "\($0.code) (\($0.name))" }
        return words("cli.lang.unknown", ["value": value, "choices": choices.joined(separator: ", ")])
    }
}
