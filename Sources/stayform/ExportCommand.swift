import ArgumentParser
import Foundation
import StayformCore
import StayformPersistence

/// `stayform export`: a draft laid out for filing (answers in the portal's order, document
/// checklist, findings, deadlines) as Markdown, plain text or JSON. Exit status 0, or 2 when
/// the draft or its pack cannot be read or the output cannot be written. The draft and its
/// attachments are only read.
struct ExportCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a draft laid out for filing, with its checklist, findings and deadlines.",
        discussion: """
            Exit status: 0 when exported, 2 when the draft or its form pack cannot be read or the \
            output file cannot be written. The formats are described in docs/export.md.
            """)

    /// How the export is written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case text
        case json
    }

    @Option(name: .long, help: "Output format: markdown, text (for pasting) or json (stable, see docs/export.md).")
    var format: Format = .markdown

    @OptionGroup var today: TodayOption

    @Option(name: .long, help: ArgumentHelp(
        "Write the export to this file (readable only by you) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    @Argument(
        help: ArgumentHelp("The draft file to export.", valueName: "draft"), completion: CompletionCandidates.drafts)
    var draft: String

    func validate() throws {
        if force, output == nil { throw ValidationError("--force only applies with --output FILE.") }
    }

    func execute() throws {
        let day = try today.date()
        let resources = try Resources.locate(environment: ProcessInfo.processInfo.environment)
        let checked = try resources.checkedDraft(at: draft, today: day)
        let export = ApplicationExport(
            pack: checked.pack, draft: checked.draft, findings: checked.findings, today: day,
            attachments: checked.attachments)
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
            if error.alreadyExists { throw CommandFailure("\(error.description): add --force to replace it") }
            throw CommandFailure(error.description)
        }
    }
}
