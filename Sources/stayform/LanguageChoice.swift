import FoundationEssentials
import StayformCore

/// Which language stayform speaks in a run, decided in this one place: `--lang` when given,
/// else the language the draft being opened remembers (the wizard, plain mode, `watch`,
/// `snapshot`), else the locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`: `id_ID…` is
/// Indonesian), else English. Only the variable is read, so `LANG=id_ID.UTF-8` gives Indonesian
/// also where that locale is not installed.
///
///     LanguageChoice.decide(option: nil, draft: .indonesian, environment: ["LANG": "C.UTF-8"])  // .indonesian
///     LanguageChoice.decide(option: .english, draft: .indonesian, environment: [:])               // .english
enum LanguageChoice {
    /// The language of a run: `option`, else `draft`, else the one `environment` asks for.
    static func decide(option: Language?, draft: Language? = nil, environment: [String: String]) -> Language {
        option ?? draft ?? Language(environment: environment)
    }

    /// The language of `--help`, `help`, the argument parser's messages and the commands'
    /// descriptions, which are built before the arguments are parsed: `--lang` as typed (an
    /// unknown value is left for the parser to refuse), else the environment. The parser's
    /// description of itself (`--experimental-dump-help`, from which `make man` writes the man
    /// page) and the shell completion scripts stay English unless `--lang` is given.
    static let beforeParsing: Language = {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let typed = typedOption(in: arguments).flatMap(Language.init(code:))
        let forTools = arguments.contains { toolArguments.contains($0) }
        return decide(option: typed, environment: forTools ? [:] : ProcessInfo.processInfo.environment)
    }()

    /// The words of `beforeParsing`.
    static var words: Words { beforeParsing.words }

    /// Arguments that ask for output read by programs rather than people.
    static let toolArguments: Set<String> = ["--experimental-dump-help", "--generate-completion-script"]

    /// The value of the last `--lang` among `arguments` (`--lang id` or `--lang=id`), up to a `--`.
    ///
    ///     LanguageChoice.typedOption(in: ["check", "--lang=id", "a.json"])  // "id"
    static func typedOption(in arguments: [String]) -> String? {
        var value: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                value = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return value
    }
}
