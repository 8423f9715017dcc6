import ArgumentParser
import FoundationEssentials
import StayformCore
import StayformPersistence
import StayformWizard
import SystemPackage

/// `stayform snapshot`: writes what a helpdesk needs about a draft (every answer as the review
/// shows it, every finding in full, the position, the version and the pack) to a private file,
/// as F4 does without the wizard. Identifying numbers are hidden unless `--unmasked`.
struct SnapshotCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: LanguageChoice.words["help.snapshot.abstract"],
        discussion: LanguageChoice.words["help.snapshot.discussion"])

    @OptionGroup var today: TodayOption

    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: ArgumentHelp(LanguageChoice.words["help.snapshot.unmasked"]))
    var unmasked = false

    @Argument(
        help: ArgumentHelp(LanguageChoice.words["help.snapshot.draft"], valueName: "draft"),
        completion: CompletionCandidates.drafts)
    var draft: String

    func execute() throws {
        let environment = ProcessInfo.processInfo.environment
        let words = language.chosen(environment: environment).words
        let day = try today.date(words: words)
        let resources = try Resources.locate(environment: environment, words: words)
        let checked = try resources.checkedDraft(at: draft, today: day, language: words.language)
        // The snapshot is in the language the draft remembers unless --lang says otherwise.
        let chosen = language.chosen(draft: checked.draft.language, environment: environment)
        let state = WizardState(
            pack: checked.pack, draft: checked.draft, size: TerminalSize(columns: 80, rows: 24), today: day,
            attachmentFacts: checked.attachments, language: chosen.code)
        let mask = unmasked ? PrivacyMask.none
            : PrivacyMask(pack: checked.pack, draft: checked.draft, findings: state.findings.findings)
        let text = HelpdeskSnapshot(state, showingScreen: false, mask: mask)
            .text(version: StayformVersion.current, theme: nil)
        let directory = StayformPaths(environment: environment).snapshotsDirectory
        do {
            printOutput(try SnapshotWriter(directory: FilePath(directory.path)).write(text, at: Date()).string)
        } catch {
            throw CommandFailure(error, words: words)
        }
    }
}
