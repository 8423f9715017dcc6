import ArgumentParser
import FoundationEssentials
import Glibc
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
        abstract: LanguageChoice.words["help.stayform.abstract"],
        discussion: LanguageChoice.words["help.stayform.discussion"],
        version: StayformVersion.current,
        subcommands: [
            CheckCommand.self, ExportCommand.self, SnapshotCommand.self, FormsCommand.self, ThemesCommand.self,
            KeysCommand.self, WatchCommand.self,
        ]
    )

    @Option(name: .long, help: ArgumentHelp(
        LanguageChoice.words["help.option.draft"], discussion: LanguageChoice.words["help.option.draft.discussion"],
        valueName: "path"), completion: CompletionCandidates.drafts)
    var draft: String?

    @Option(name: .long, help: ArgumentHelp(LanguageChoice.words["help.option.form"], valueName: "id"),
        completion: CompletionCandidates.packIDs)
    var form: String?

    @Option(name: .long, help: ArgumentHelp(
        LanguageChoice.words["help.option.theme"], discussion: LanguageChoice.words["help.option.theme.discussion"],
        valueName: "name"),
        completion: CompletionCandidates.themeNames)
    var theme: String?

    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: ArgumentHelp(LanguageChoice.words["help.option.recover"]))
    var recover = false

    @Flag(name: .long, help: ArgumentHelp(LanguageChoice.words["help.option.read-only"]))
    var readOnly = false

    @Flag(name: .long, help: ArgumentHelp(
        LanguageChoice.words["help.option.plain"], discussion: LanguageChoice.words["help.option.plain.discussion"]))
    var plain = false

    @OptionGroup var today: TodayOption

    @Flag(name: .long, help: ArgumentHelp(
        LanguageChoice.words["help.option.no-autosave"], visibility: .hidden))
    var noAutosave = false

    /// Parses the arguments and runs the command, like `ParsableCommand.main()`, except that
    /// the parser's messages (which quote what was typed) are written terminal-safe, with the
    /// parser's own words in the language of the run.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            printParserMessage(
                ParserWords.translated(fullMessage(for: error), into: LanguageChoice.words), isError: code != .success)
            Glibc.exit(code.rawValue)
        }
    }

    func execute() throws {
        let environment = ProcessInfo.processInfo.environment
        var words = language.chosen(environment: environment).words
        let terminalProblem = plain ? nil : TerminalRequirements.check(environment: environment, language: words.language)
        if let terminalProblem, !terminalProblem.suitsPlainMode { throw CommandFailure(terminalProblem.description) }
        let day = try today.date(words: words)
        let resources = try Resources.locate(environment: environment, words: words)
        let paths = StayformPaths(environment: environment)
        // A relative draft (`--draft ana.json`) is the one in the folder stayform started in.
        let path = FilePath(draft.map { $0.isEmpty ? $0 : AttachedFile.absolutePath($0, environment: environment) }
            ?? paths.defaultDraft.path)
        let session = try DraftSession.open(
            path: path, formID: form, recover: recover, readOnly: readOnly, resources: resources,
            choice: language, environment: environment)
        // From here on, the language the draft remembers unless --lang says otherwise.
        let chosen = session.language
        words = chosen.words
        if plain || terminalProblem != nil {
            let plainNotice = terminalProblem.map { words("cli.plain.notice", ["problem": $0.description]) }
            let notices = [plainNotice].compactMap { $0 } + session.notices
            let status = PlainMode.run(
                session: session, today: day, language: chosen, environment: environment, notices: notices)
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
        let (remembered, settingsNotice) = self.theme == nil ? settings.load(in: words) : (UserSettings(), nil)
        let (theme, themeProblem) = themeFolders.startingTheme(
            words: words, named: self.theme ?? remembered.theme ?? ThemeCatalog.defaultName)
        let colourAllowed = (environment["NO_COLOR"] ?? "").isEmpty
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: theme, colourAllowed: colourAllowed, words: words)
        } catch {
            throw CommandFailure(error, words: words)
        }
        // The attached files are read after the first paint (a large scan takes seconds to
        // hash); until then they count as being read, so no verdict is given without them.
        let attachments = Dictionary(
            session.draft.attachments.values.joined().map { ($0.path, AttachmentFacts.beingRead) }, uniquingKeysWith: { first, _ in first })
        var state = WizardState(
            pack: session.pack, draft: session.draft, size: terminal.size, today: day, attachmentFacts: attachments,
            language: chosen.code, isReadOnly: session.file == nil,
            savedAt: session.file == nil
                ? session.fileModified.map { TimeOfDay.text(of: $0, precision: .second) }
                : session.savedAt.map { TimeOfDay.text(of: $0) },
            following: session.file == nil ? session.path.lastComponent?.string : nil)
        let rememberedProblem = themeProblem.map { self.theme == nil && remembered.theme != nil ? "\(settings.path): \($0)" : $0 }
        let notices = session.notices + [settingsNotice, rememberedProblem].compactMap { $0 }
        if !notices.isEmpty { state.show(message: notices.joined(separator: " ")) }
        let inbox = EventInbox()
        let status: Int32
        do {
            // The saver lives in this scope only: released, its thread ends after the last write.
            let saverSink = session.file.map { BackgroundSaverSink(file: $0, inbox: inbox, language: chosen) }
            // Read-only, the wizard follows the draft as another stayform saves it.
            let watcher = session.file == nil ? DraftFollowing.watcher(of: session.path, pack: session.pack, words: words, inbox: inbox) : nil
            watcher?.start()
            defer { watcher?.stop() }
            var runner = WizardRunner(terminal: terminal, sink: saverSink ?? ReadOnlySink(), inbox: inbox)
            runner.signals = ProcessSignals(waking: inbox)
            runner.autosaves = !noAutosave
            runner.performer = ProgramEffects(
                paths: paths, themes: themeFolders, themeName: theme.name, settings: settings,
                colourAllowed: colourAllowed, draftDirectory: session.path.removingLastComponent())
            status = runner.run(state)
            if case .failed(let reason)? = saverSink?.lastFlush {
                printError(words("cli.save.failed", ["path": session.path.string, "reason": reason]))
            }
        }
        session.lock?.release()
        if status != 0 { throw ExitCode(status) }
    }
}
