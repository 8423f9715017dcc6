import ArgumentParser
import Foundation

/// A failure that ends a command with a message on standard error and exit status 2.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
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
