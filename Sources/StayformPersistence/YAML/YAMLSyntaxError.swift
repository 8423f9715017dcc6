import StayformCore

/// Why a file is not YAML stayform can read, and where: what the pack and theme loaders turn
/// into a message with the file's name (`Forms/x.yaml:12:9: YAML syntax error: …`).
struct YAMLSyntaxError: Error, Sendable, Equatable {
    /// What is wrong; each has its sentence in the catalogs (`load.yaml.problem.*`).
    enum Problem: Sendable, Equatable {
        /// A tab in a line's indentation.
        case tabIndentation
        /// `key: value` inside a value that is not quoted (`title: First: Second`).
        case colonInPlainValue
        /// A line indented more or less than the lines it belongs with.
        case badIndentation
        /// A line among `key: value` lines that is not one.
        case expectedKey
        /// Text after a complete value on its line (`name: "a" b`).
        case textAfterValue
        /// A quote opened and never closed.
        case unclosedQuote
        /// A `[` or `{` never closed; `closing` is the bracket missing.
        case unclosedBracket(closing: Character)
        /// A character that cannot be here (`]` without `[`, `,` outside a list…).
        case unexpected(Character)
        /// A `\` escape YAML does not have, in a double-quoted value.
        case unknownEscape(String)
        /// An anchor, alias, tag, directive or complex key: YAML features stayform files do not use.
        case unsupportedFeature(Character)
        /// A second document (`---`) in one file.
        case secondDocument
        /// Lists and mappings nested deeper than `YAMLReader.depthLimit`.
        case nestedTooDeeply
        /// A control character (shown as `U+XXXX`), which YAML files may not hold.
        case controlCharacter(String)
        /// The same key twice in one mapping.
        case duplicateKey(String)
        /// A `|` or `>` header with something other than `+`, `-`, one digit or a comment.
        case badBlockHeader
    }

    var problem: Problem
    var mark: YAMLMark
    /// Whether the problem was found at the end of the file (an unclosed quote or bracket):
    /// the file may be cut short.
    var isAtEnd = false

    /// The problem in `words`' language.
    func detail(in words: Words) -> String {
        switch problem {
        case .tabIndentation: words["load.yaml.problem.tab"]
        case .colonInPlainValue: words["load.yaml.problem.colon-in-value"]
        case .badIndentation: words["load.yaml.problem.indentation"]
        case .expectedKey: words["load.yaml.problem.expected-key"]
        case .textAfterValue: words["load.yaml.problem.text-after-value"]
        case .unclosedQuote: words["load.yaml.problem.unclosed-quote"]
        case .unclosedBracket(let closing): words("load.yaml.problem.unclosed-bracket", ["bracket": String(closing)])
        case .unexpected(let character): words("load.yaml.problem.unexpected", ["character": String(character)])
        case .unknownEscape(let escape): words("load.yaml.problem.unknown-escape", ["escape": escape])
        case .unsupportedFeature(let character): words("load.yaml.problem.unsupported", ["character": String(character)])
        case .secondDocument: words["load.yaml.problem.second-document"]
        case .nestedTooDeeply: words("load.yaml.problem.too-deep", ["limit": String(YAMLReader.depthLimit)])
        case .controlCharacter(let code): words("load.yaml.problem.control", ["code": code])
        case .duplicateKey(let key): words("load.yaml.duplicate-key", ["keys": "`\(key)`"])
        case .badBlockHeader: words["load.yaml.problem.block-header"]
        }
    }
}
