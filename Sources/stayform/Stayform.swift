import ArgumentParser
import Foundation
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard
import SystemPackage

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
        subcommands: [
            CheckCommand.self, ExportCommand.self, SnapshotCommand.self, FormsCommand.self, ThemesCommand.self,
            KeysCommand.self, WatchCommand.self,
        ]
    )

    @Option(name: .long, help: ArgumentHelp(
        "The draft to open or create.", discussion: "Default: $XDG_DATA_HOME/stayform/drafts/default.json.",
        valueName: "path"), completion: CompletionCandidates.drafts)
    var draft: String?

    @Option(name: .long, help: ArgumentHelp(
        "The form pack for a new draft (default: stay-permit-extension); `stayform forms` lists them.",
        valueName: "id"), completion: CompletionCandidates.packIDs)
    var form: String?

    @Option(name: .long, help: ArgumentHelp(
        "The look: a theme from `stayform themes` (F9 switches while running).",
        discussion: "Default: the theme last chosen with F9 (kept in $XDG_CONFIG_HOME/stayform/settings.json), else default.",
        valueName: "name"),
        completion: CompletionCandidates.themeNames)
    var theme: String?

    @Flag(name: .long, help: "Open the draft's backup (.bak), e.g. after the draft was damaged.")
    var recover = false

    @Flag(name: .long, help: ArgumentHelp(
        "Open without editing or saving, following the other stayform's saves (as `stayform watch`)."))
    var readOnly = false

    @Flag(name: .long, help: ArgumentHelp(
        "Plain mode: one question per line, no cursor movement or colour (screen readers, pipes).",
        discussion: "Reads answers from standard input; exit status as `stayform check`. See docs/plain-mode.md."))
    var plain = false

    @OptionGroup var today: TodayOption

    @Flag(name: .long, help: ArgumentHelp(
        "Save only when quitting (for measuring the cost of autosave).", visibility: .hidden))
    var noAutosave = false

    /// Parses the arguments and runs the command, like `ParsableCommand.main()`, except that
    /// the parser's messages (which quote what was typed) are written terminal-safe.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            printParserMessage(fullMessage(for: error), isError: code != .success)
            Foundation.exit(code.rawValue)
        }
    }

    func execute() throws {
        let environment = ProcessInfo.processInfo.environment
        var plainNotice: String?
        if !plain, let problem = TerminalRequirements.check(environment: environment) {
            guard problem.suitsPlainMode else { throw CommandFailure(problem.description) }
            plainNotice = "Plain mode, one question per line: \(problem.description)"
        }
        let day = try today.date()
        let resources = try Resources.locate(environment: environment)
        let paths = StayformPaths(environment: environment)
        // A relative draft (`--draft ana.json`) is the one in the folder stayform started in.
        let path = FilePath(draft.map { $0.isEmpty ? $0 : AttachedFile.absolutePath($0, environment: environment) }
            ?? paths.defaultDraft.path)
        let session = try DraftSession.open(
            path: path, formID: form, recover: recover, readOnly: readOnly, resources: resources)
        if plain || plainNotice != nil {
            let notices = [plainNotice].compactMap { $0 } + session.notices
            let status = PlainMode.run(session: session, today: day, environment: environment, notices: notices)
            session.lock?.release()
            if status != 0 { throw ExitCode(status) }
            return
        }
        // Only the chosen theme (and the default, its fallback) is read before the first paint;
        // the others are read when F9 first asks for the next one.
        let themeFolders = ThemeFolders(
            shipped: resources.locator.themesDirectory, user: paths.userThemesDirectory)
        // Without --theme, the one F9 chose last time; a damaged settings file is only a notice.
        let settings = UserSettingsFile(paths: paths)
        let (remembered, settingsNotice) = self.theme == nil ? settings.load() : (UserSettings(), nil)
        let (theme, themeProblem) = themeFolders.startingTheme(
            named: self.theme ?? remembered.theme ?? ThemeCatalog.defaultName)
        let colourAllowed = (environment["NO_COLOR"] ?? "").isEmpty
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: theme, colourAllowed: colourAllowed)
        } catch {
            throw CommandFailure(error.description)
        }
        let attachments = AttachmentReader().facts(
            forAttachmentsOf: session.draft, relativeTo: session.path.removingLastComponent())
        var state = WizardState(
            pack: session.pack, draft: session.draft, size: terminal.size, today: day, attachmentFacts: attachments,
            isReadOnly: session.file == nil,
            savedAt: (session.file == nil ? session.fileModified : session.savedAt).map { TimeOfDay.text(of: $0) },
            following: session.file == nil ? session.path.lastComponent?.string : nil)
        let rememberedProblem = themeProblem.map { self.theme == nil && remembered.theme != nil ? "\(settings.path): \($0)" : $0 }
        let notices = session.notices + [settingsNotice, rememberedProblem].compactMap { $0 }
        if !notices.isEmpty { state.show(message: notices.joined(separator: " ")) }
        let inbox = EventInbox()
        let status: Int32
        do {
            // The saver lives in this scope only: released, its thread ends after the last write.
            let saverSink = session.file.map { BackgroundSaverSink(file: $0, inbox: inbox) }
            // Read-only, the wizard follows the draft as another stayform saves it.
            let watcher = session.file == nil ? DraftFollowing.watcher(of: session.path, pack: session.pack, inbox: inbox) : nil
            watcher?.start()
            defer { watcher?.stop() }
            var runner = WizardRunner(terminal: terminal, sink: saverSink ?? ReadOnlySink(), inbox: inbox)
            runner.signals = ProcessSignals(waking: inbox)
            runner.autosaves = !noAutosave
            runner.performer = ProgramEffects(
                paths: paths, themes: themeFolders, themeName: theme.name, settings: settings,
                colourAllowed: colourAllowed)
            status = runner.run(state)
            if case .failed(let reason)? = saverSink?.lastFlush {
                printError("the draft \(session.path) could not be saved: \(reason)")
            }
        }
        session.lock?.release()
        if status != 0 { throw ExitCode(status) }
    }
}
