import ArgumentParser
import FoundationEssentials
import StayformCore
import StayformPersistence

/// `stayform forms`: lists the installed form packs, shows one as an outline, or validates a
/// pack file.
struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: LanguageChoice.words["help.forms.abstract"],
        subcommands: [List.self, Show.self, Validate.self],
        defaultSubcommand: List.self)

    /// The installed packs, each loaded through the pack cache, or a clear error in `words`.
    static func installedPacks(words: Words) throws(CommandFailure) -> (catalog: PackCatalog, resources: Resources) {
        let resources = try Resources.locate(environment: ProcessInfo.processInfo.environment, words: words)
        return (PackCatalog.scan(directory: resources.locator.formsDirectory, cache: resources.packCache), resources)
    }

    /// `stayform forms list`: one pack per line, starting with its id.
    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: LanguageChoice.words["help.forms.list.abstract"])

        @OptionGroup var language: LanguageOption

        func execute() throws {
            let chosen = language.chosen()
            let catalog = try FormsCommand.installedPacks(words: chosen.words).catalog
            for entry in catalog.entries {
                let title = entry.title.resolved(for: chosen.code)
                printOutput("\(entry.id.terminalSafe)\t\(title.terminalSafe)\t\(entry.edition.terminalSafe)\n")
            }
            for problem in catalog.problems {
                printError(chosen.words("forms.not-listed", ["problem": "\(problem)"]))
            }
            if catalog.entries.isEmpty, !catalog.problems.isEmpty { throw ExitCode.failure }
        }
    }

    /// `stayform forms show ID`: the pack as a readable outline.
    struct Show: ReportingCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: LanguageChoice.words["help.forms.show.abstract"])

        @Argument(help: ArgumentHelp(LanguageChoice.words["help.forms.show.id"]), completion: CompletionCandidates.packIDs)
        var id: String

        @Flag(help: ArgumentHelp(LanguageChoice.words["help.forms.show.figures"]))
        var figures = false

        @OptionGroup var language: LanguageOption

        func execute() throws {
            let chosen = language.chosen()
            let words = chosen.words
            let (catalog, resources) = try FormsCommand.installedPacks(words: words)
            guard let entry = catalog.entry(id: id) else {
                let known = catalog.entries.map(\.id).joined(separator: ", ")
                throw CommandFailure(words(
                    "forms.unknown-id", ["id": id, "known": known.isEmpty ? words["forms.unknown-id.none"] : known]))
            }
            let pack: FormPack
            do {
                pack = try FormPackLoader.load(contentsOf: entry.url, cache: resources.packCache)
            } catch {
                throw CommandFailure(error, words: words)
            }
            printOutput(figures ? pack.figuresOutline(language: chosen.code) : pack.outline(language: chosen.code))
        }
    }

    /// `stayform forms validate PATH`: every problem of a pack file, and every text lacking
    /// one of the pack's languages; exit status 2 when invalid.
    struct Validate: ReportingCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate", abstract: LanguageChoice.words["help.forms.validate.abstract"])

        @Argument(help: ArgumentHelp(LanguageChoice.words["help.forms.validate.path"]),
            completion: CompletionCandidates.packFiles)
        var path: String

        @OptionGroup var language: LanguageOption

        func execute() throws {
            let words = language.chosen().words
            let review = FormPackLoader.review(contentsOf: URL(fileURLWithPath: path))
            switch review.result {
            case .success(let pack):
                for text in review.untranslated { printOutput(text.description(in: words) + "\n") }
                printOutput(words("forms.valid", [
                    "path": path.terminalSafe, "id": pack.id, "edition": pack.edition.terminalSafe,
                    "translations": Self.translationSummary(review.untranslated.count, languages: pack.languages, words: words),
                ]) + "\n")
            case .failure(let problems):
                for problem in problems.errors { printError(problem.description(in: words)) }
                printError(words("forms.invalid", ["count": String(problems.errors.count)]))
                throw ExitCode(2)
            }
        }

        /// "every text in en, id" or "3 text(s) missing a language (English is shown instead)".
        static func translationSummary(_ missing: Int, languages: [String], words: Words) -> String {
            guard missing > 0 else { return words("forms.translated", ["languages": languages.joined(separator: ", ")]) }
            return words("forms.untranslated", ["count": String(missing)])
        }
    }
}
