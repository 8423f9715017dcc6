import Foundation
import Testing

/// The built binary's command-line interface.
@Suite struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try Shell.run(StayformBinary.path, ["--version"])
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try Shell.run(StayformBinary.path, ["--help"])
        #expect(help.output.contains("--draft"))
        #expect(help.output.contains("Stay Permit Extension"))
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        let result = try Shell.run(StayformBinary.path, ["--no-such-option"], allowFailure: true)
        #expect(result.status != 0)
        #expect(result.error.contains("--no-such-option"))
    }
}
