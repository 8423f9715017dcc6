import ArgumentParser
import Foundation
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard

/// The `stayform` command: opens the wizard on a draft, or runs one of its subcommands.
@main
struct Stayform: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "stayform",
        abstract: "Fill in and cross-check an Indonesian Stay Permit Extension, in the terminal.",
        discussion: """
            Without a subcommand, opens the wizard on a draft. The draft is saved as you go and \
            when you quit (F10 or Ctrl-Q), and opens where you left it.
            """,
        version: StayformVersion.current,
        subcommands: []
    )

    @Option(name: .long, help: ArgumentHelp(
        "The draft to open or create.", discussion: "Default: $XDG_DATA_HOME/stayform/drafts/default.json.",
        valueName: "path"))
    var draft: String?

    @Option(name: .long, help: ArgumentHelp("The form pack for a new draft.", valueName: "id"))
    var form: String = "stay-permit-extension"

    func execute() throws {
        let environment = ProcessInfo.processInfo.environment
        if let problem = TerminalRequirements.check(environment: environment) {
            throw CommandFailure(problem.description)
        }
        let resources = try Resources.locate(environment: environment)
        let draftURL = draft.map { URL(fileURLWithPath: $0) } ?? StayformPaths(environment: environment).defaultDraft
        let file = DraftFile(path: .init(draftURL.path))
        let existing: Draft?
        do {
            existing = try file.load()
        } catch {
            throw CommandFailure(error.description)
        }
        let pack = try resources.pack(id: existing?.form.id ?? form)
        let (theme, themeProblem) = resources.defaultTheme()
        let colourAllowed = (environment["NO_COLOR"] ?? "").isEmpty
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: theme, colourAllowed: colourAllowed)
        } catch {
            throw CommandFailure(error.description)
        }
        var state = WizardState(pack: pack, draft: existing ?? Draft(pack: pack), size: terminal.size)
        if let themeProblem { state.show(message: themeProblem) }
        let sink = DraftFileSink(file: file)
        let status = WizardRunner(terminal: terminal, sink: sink, signals: ProcessSignals()).run(state)
        if case .failed(let reason) = sink.status {
            printError("the draft \(draftURL.path) could not be saved: \(reason)")
        }
        if status != 0 { throw ExitCode(status) }
    }
}
