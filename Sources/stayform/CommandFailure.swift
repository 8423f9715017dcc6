import ArgumentParser
import FoundationEssentials
import StayformCore
import StayformPersistence

/// A failure that ends a command with a message on standard error and exit status 2.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// The message of `error` in the language of `words` (a loading or saving error says it in
    /// either language; any other error as it describes itself).
    init(_ error: any Error, words: Words) {
        self.description = CommandFailure.message(of: error, in: words)
    }

    /// What `error` says, in the language of `words` where it can.
    static func message(of error: any Error, in words: Words) -> String {
        (error as? any WordedError)?.description(in: words) ?? "\(error)"
    }
}

/// A command whose failures are reported as `stayform: message` with exit status 2.
protocol ReportingCommand: ParsableCommand {
    /// The command's work; a `CommandFailure` becomes a message and exit status 2.
    func execute() throws
}

extension ReportingCommand {
    func run() throws {
        do {
            try execute()
        } catch let failure as CommandFailure {
            printError(failure.description)
            throw ExitCode(2)
        }
    }
}
