import StayformCore

/// The key help of the form's pages in each language, longest first, built once from the one
/// table of F-key actions: every F-key with its Ctrl key where there is room, every F-key at
/// 80 columns, the most used ones when even those do not fit.
struct FormKeyHelp: Sendable {
    /// The variants naming the F-keys first.
    let function: [String]
    /// The variants once Ctrl keys are in use: every Ctrl key at 80 columns.
    let control: [String]

    /// The key help in each language.
    static let variants: [Language: FormKeyHelp] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { ($0, FormKeyHelp($0.words)) })

    /// The F-keys a line too narrow for all of them keeps.
    static let mostUsed: Set<Int> = [1, 2, 3, 5, 8, 10]

    init(_ words: Words) {
        let bindings = KeyBinding.all
        let mostUsed = bindings.filter { Self.mostUsed.contains($0.functionKey) }
        let withControl = bindings.map { "\($0.functionKeyName)/\($0.controlName) \($0.shortAction(words))" }
        let named: ([KeyBinding], (KeyBinding) -> String) -> String = { bindings, name in
            bindings.map { "\(name($0)) \($0.shortAction(words))" }.joined(separator: " ")
        }
        let widest = [
            " \(words["wizard.hint.form.moving"])  " + withControl.joined(separator: "  "),
            " \(words["wizard.hint.form.moving.short"])  " + withControl.joined(separator: " "),
        ]
        let lines: ((KeyBinding) -> String) -> [String] = { name in
            widest + [
                " Tab PgDn · " + named(bindings, name), " " + named(bindings, name),
                " Tab PgDn · " + named(mostUsed, name),
                " " + words["wizard.hint.form.few"], " " + words["wizard.hint.form.least"],
            ]
        }
        function = lines(\.functionKeyName)
        control = lines(\.controlName)
    }
}
