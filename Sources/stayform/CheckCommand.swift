import ArgumentParser
import Foundation
import StayformCore
import StayformPersistence

/// `stayform check`: cross-checks drafts without opening the wizard and prints their findings.
/// Exit status 0 when no draft has a blocking finding, 1 when one does, 2 when a draft or its
/// pack cannot be read. Drafts and attachments are only read, never changed.
struct CheckCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Cross-check drafts and print their findings.",
        discussion: """
            Exit status: 0 when no draft has a blocking finding, 1 when any does, 2 when a draft \
            or its form pack cannot be read. The JSON format is described in docs/check.md.
            """)

    /// How findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(name: .long, help: "Output format: text (for people) or json (stable, see docs/check.md).")
    var format: Format = .text

    @OptionGroup var today: TodayOption

    @Argument(
        help: ArgumentHelp("The draft files to check.", valueName: "draft"), completion: CompletionCandidates.drafts)
    var drafts: [String]

    func validate() throws {
        if drafts.isEmpty { throw ValidationError("Name at least one draft file to check.") }
    }

    func execute() throws {
        let day = try today.date()
        let resources = try Resources.locate(environment: ProcessInfo.processInfo.environment)
        // Many drafts are checked on every core, each worker with its own engines.
        let results = DraftChecker.checkAll(drafts, workers: ProcessInfo.processInfo.activeProcessorCount) {
            DraftChecker(today: day) { formID throws(DraftChecker.PackUnavailable) in
                do throws(CommandFailure) {
                    return try resources.pack(id: formID)
                } catch {
                    throw DraftChecker.PackUnavailable(error.description)
                }
            }
        }
        var report = FindingReport(today: day)
        for result in results {
            if let problem = result.problem { printError(problem) }
            report.append(result)
        }
        switch format {
        case .text: printOutput(report.text)
        case .json: printOutput(report.jsonText)
        }
        if report.hasUnreadable { throw ExitCode(2) }
        if report.hasBlocking { throw ExitCode(1) }
    }
}
