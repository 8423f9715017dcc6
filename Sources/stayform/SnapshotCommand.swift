import ArgumentParser
import Foundation
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
        abstract: "Write a helpdesk snapshot of a draft: its answers and findings, numbers hidden.",
        discussion: """
            The file goes to the snapshots folder (readable only by you) and its path is printed. \
            Exit status: 0 when written, 2 when the draft or its form pack cannot be read or the \
            file cannot be written.
            """)

    @OptionGroup var today: TodayOption

    @Flag(name: .long, help: "Show identifying numbers (passport, permit, NIK, NIB, NPWP, MRZ) instead of hiding them.")
    var unmasked = false

    @Argument(
        help: ArgumentHelp("The draft file to snapshot.", valueName: "draft"), completion: CompletionCandidates.drafts)
    var draft: String

    func execute() throws {
        let day = try today.date()
        let environment = ProcessInfo.processInfo.environment
        let resources = try Resources.locate(environment: environment)
        let checked = try resources.checkedDraft(at: draft, today: day)
        let state = WizardState(
            pack: checked.pack, draft: checked.draft, size: TerminalSize(columns: 80, rows: 24), today: day,
            attachmentFacts: checked.attachments)
        let mask = unmasked ? PrivacyMask.none
            : PrivacyMask(pack: checked.pack, draft: checked.draft, findings: state.findings.findings)
        let text = HelpdeskSnapshot(state, showingScreen: false, mask: mask)
            .text(version: StayformVersion.current, theme: nil)
        let directory = StayformPaths(environment: environment).snapshotsDirectory
        do {
            printOutput(try SnapshotWriter(directory: FilePath(directory.path)).write(text, at: Date()).string)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
