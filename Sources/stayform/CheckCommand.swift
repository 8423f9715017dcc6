import ArgumentParser
import FoundationEssentials
import StayformCore
import StayformPersistence

/// `stayform check`: cross-checks drafts without opening the wizard and prints their findings.
/// Exit status 0 when no draft has a blocking finding, 1 when one does, 2 when a draft or its
/// pack cannot be read. Drafts and attachments are only read, never changed.
struct CheckCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: LanguageChoice.words["help.check.abstract"],
        discussion: LanguageChoice.words["help.check.discussion"])

    /// How findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(name: .long, help: ArgumentHelp(LanguageChoice.words["help.check.format"]))
    var format: Format = .text

    @OptionGroup var today: TodayOption

    @OptionGroup var language: LanguageOption

    @Argument(
        help: ArgumentHelp(LanguageChoice.words["help.check.drafts"], valueName: "draft"),
        completion: CompletionCandidates.drafts)
    var drafts: [String]

    func validate() throws {
        if drafts.isEmpty { throw ValidationError(LanguageChoice.words["check.no-drafts"]) }
    }

    func execute() throws {
        // Not the drafts' remembered languages: one report, in one language, for every draft.
        let chosen = language.chosen()
        let day = try today.date(words: chosen.words)
        let resources = try Resources.locate(environment: ProcessInfo.processInfo.environment, words: chosen.words)
        // Many drafts are checked on every core, each worker with its own engines.
        let results = DraftChecker.checkAll(drafts, workers: ProcessInfo.processInfo.activeProcessorCount) {
            DraftChecker(today: day, language: chosen.code) { formID throws(DraftChecker.PackUnavailable) in
                do throws(CommandFailure) {
                    return try resources.pack(id: formID)
                } catch {
                    throw DraftChecker.PackUnavailable(error.description)
                }
            }
        }
        var report = FindingReport(today: day, language: chosen.code)
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
