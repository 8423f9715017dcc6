import ArgumentParser
import Foundation
import StayformCore
import StayformPersistence

/// `stayform forms`: lists the installed form packs, shows one as an outline, or validates a
/// pack file.
struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "List, show and validate form packs.",
        subcommands: [List.self, Show.self, Validate.self],
        defaultSubcommand: List.self)

    /// The folder of installed packs, or a clear error.
    static func formsDirectory() throws(CommandFailure) -> URL {
        try Resources.locate(environment: ProcessInfo.processInfo.environment).locator.formsDirectory
    }

    /// `stayform forms list`: one pack per line, starting with its id.
    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the installed form packs: id, title, edition.")

        func execute() throws {
            let catalog = PackCatalog.scan(directory: try FormsCommand.formsDirectory())
            for entry in catalog.entries {
                printOutput("\(entry.id.terminalSafe)\t\(entry.title.resolved().terminalSafe)\t\(entry.edition.terminalSafe)\n")
            }
            for problem in catalog.problems {
                printError("not listed: \(problem)")
            }
            if catalog.entries.isEmpty, !catalog.problems.isEmpty { throw ExitCode.failure }
        }
    }

    /// `stayform forms show ID`: the pack as a readable outline.
    struct Show: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an installed form pack as a readable outline, or only its figures with their sources.")

        @Argument(help: "The pack's id, as `stayform forms` lists it.", completion: CompletionCandidates.packIDs)
        var id: String

        @Flag(help: "Print only the figures (fees, deadlines, limits, caps) and holiday lists, each with its source, dates and confidence.")
        var figures = false

        func execute() throws {
            let catalog = PackCatalog.scan(directory: try FormsCommand.formsDirectory())
            guard let entry = catalog.entry(id: id) else {
                let known = catalog.entries.map(\.id).joined(separator: ", ")
                throw CommandFailure(
                    "no installed form pack has the id `\(id)`; installed: "
                        + (known.isEmpty ? "none" : known) + " (run `stayform forms` to list them)")
            }
            let pack: FormPack
            do {
                pack = try FormPackLoader.load(contentsOf: entry.url)
            } catch {
                throw CommandFailure(error.description)
            }
            printOutput(figures ? pack.figuresOutline() : pack.outline())
        }
    }

    /// `stayform forms validate PATH`: every problem of a pack file; exit status 2 when invalid.
    struct Validate: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a form pack file and list every problem (exit status 2 when invalid).")

        @Argument(help: "The pack file to check.", completion: CompletionCandidates.packFiles)
        var path: String

        func execute() throws {
            switch FormPackLoader.validate(contentsOf: URL(fileURLWithPath: path)) {
            case .success(let pack):
                printOutput("\(path.terminalSafe): valid form pack `\(pack.id)`, edition \(pack.edition.terminalSafe)\n")
            case .failure(let problems):
                for problem in problems.errors { printError(problem.description) }
                printError("\(problems.errors.count) problem(s); the pack is not valid")
                throw ExitCode(2)
            }
        }
    }
}
