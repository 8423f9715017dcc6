import ArgumentParser
import FoundationEssentials
import StayformCore
import StayformPersistence

/// `stayform export`: a draft laid out for filing (answers in the portal's order, document
/// checklist, findings, deadlines) as Markdown, plain text or JSON. Exit status 0, or 2 when
/// the draft or its pack cannot be read or the output cannot be written. The draft and its
/// attachments are only read.
struct ExportCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: LanguageChoice.words["help.export.abstract"],
        discussion: LanguageChoice.words["help.export.discussion"])

    /// How the export is written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case text
        case json
    }

    @Option(name: .long, help: ArgumentHelp(LanguageChoice.words["help.export.format"]))
    var format: Format = .markdown

    @OptionGroup var today: TodayOption

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(LanguageChoice.words["help.export.output"], valueName: "file"))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(LanguageChoice.words["help.export.force"]))
    var force = false

    @Argument(
        help: ArgumentHelp(LanguageChoice.words["help.export.draft"], valueName: "draft"),
        completion: CompletionCandidates.drafts)
    var draft: String

    func validate() throws {
        if force, output == nil { throw ValidationError(LanguageChoice.words["cli.export.force-without-output"]) }
    }

    func execute() throws {
        let chosen = language.chosen()
        let words = chosen.words
        let day = try today.date(words: words)
        let resources = try Resources.locate(environment: ProcessInfo.processInfo.environment, words: words)
        let checked = try resources.checkedDraft(at: draft, today: day, language: chosen)
        let export = ApplicationExport(
            pack: checked.pack, draft: checked.draft, findings: checked.findings, today: day,
            attachments: checked.attachments, language: chosen.code)
        let text = switch format {
            case .markdown: export.markdown
            case .text: export.text
            case .json: export.jsonText
        }
        guard let output else {
            printOutput(text)
            return
        }
        do {
            try ExportFileWriter().write(text, to: output, replacing: force)
        } catch {
            if error.alreadyExists {
                throw CommandFailure(words("cli.export.exists", ["problem": CommandFailure.message(of: error, in: words)]))
            }
            throw CommandFailure(error, words: words)
        }
    }
}
