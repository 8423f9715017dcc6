import Foundation
import Testing

/// `stayform export` run as a program on the shipped examples in every format, with output
/// files and on broken input.
///
/// Needs `ExportCommand` among the root command's subcommands.
@Suite struct ExportCommandTests {
    static func example(_ name: String) -> String { Repository.example(name) }

    func export(_ arguments: [String]) throws -> Shell.Result {
        try Repository.stayform(["export", "--today", "2026-11-21"] + arguments)
    }

    static let exampleDrafts = [
        ("clean-evoa.json", "attached", nil as String?),
        ("sponsor-name-mismatch.json", "attached", "sponsor-name-matches-ktp.guarantee-letter.sponsor.name"),
        ("expired-permit.json", "attached", "permit-expired.permit.expiry-date"),
        ("passport-expiring.json", "attached", nil),
        ("oversize-photo.json", "attached-with-problem", nil),
        ("evoa-valid-until.json", "attached", "voa-stay-end.permit.expiry-date"),
    ]

    /// JSON: the version, every part, the photo's state, and the blocking finding of each example.
    @Test(arguments: exampleDrafts)
    func jsonOfEachExample(name: String, photoState: String, blocking: String?) throws {
        let result = try export(["--format", "json", Self.example(name)])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["format"] as? Int == 1)
        #expect((object["sections"] as? [Any])?.isEmpty == false)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first { $0["id"] as? String == "photo" }?["state"] as? String == photoState)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let blockingIDs = findings.filter { $0["severity"] as? String == "blocking" }.compactMap { $0["id"] as? String }
        #expect(blockingIDs == (blocking.map { [$0] } ?? []))
        #expect((object["deadline"] as? [String: Any])?["expiry"] is String)
    }

    /// Markdown and text: the four parts in order, and the blocking finding's advice.
    @Test(arguments: exampleDrafts.flatMap { draft in ["markdown", "text"].map { (draft.0, $0, draft.2) } })
    func markdownAndTextOfEachExample(name: String, format: String, blocking: String?) throws {
        let result = try export(["--format", format, Self.example(name)])
        #expect(result.status == 0, "\(result.error)")
        let headings = format == "markdown"
            ? ["## Application", "## Documents", "## Findings", "## Deadlines"]
            : ["APPLICATION", "DOCUMENTS", "FINDINGS", "DEADLINES"]
        var position = result.output.startIndex
        for heading in headings {
            let found = try #require(result.output.range(of: heading, range: position..<result.output.endIndex))
            position = found.upperBound
        }
        #expect(result.output.contains(format == "markdown" ? "### Blocking (1)" : "BLOCKING (1)") == (blocking != nil))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func markdownIsTheDefault() throws {
        let plain = try export([Self.example("clean-evoa.json")])
        let markdown = try export(["--format", "markdown", Self.example("clean-evoa.json")])
        #expect(plain.status == 0)
        #expect(plain.output == markdown.output)
        #expect(plain.output.hasPrefix("# Stay Permit Extension\n"))
    }

    @Test func outputFileIsPrivateAndNeverOverwrittenWithoutForce() throws {
        let directory = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("ana.md").path
        let first = try export(["--output", file, Self.example("clean-evoa.json")])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.isEmpty)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("# Stay Permit Extension"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)

        let refused = try export(["--format", "text", "--output", file, Self.example("clean-evoa.json")])
        #expect(refused.status == 2)
        #expect(refused.error.contains("\(file): the file exists already"))
        #expect(refused.error.contains("--force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == written)

        let forced = try export(["--format", "text", "--output", file, "--force", Self.example("clean-evoa.json")])
        #expect(forced.status == 0, "\(forced.error)")
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("Stay Permit Extension (stay-permit-extension"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["ana.md"])
    }

    @Test func anUnreadableDraftIsNamedAndExitsTwoWithoutBeingChanged() throws {
        let directory = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.json")
        let text = "{\n  \"formatVersion\": 1,\n  \"form\": {\"id\": \"stay-permit-extension\"\n"
        try Data(text.utf8).write(to: broken)
        let output = directory.appendingPathComponent("out.md").path
        for (draft, message) in [
            (broken.path, "stayform: \(broken.path)"),
            (directory.appendingPathComponent("missing.json").path, "missing.json: there is no such draft file"),
        ] {
            let result = try export(["--output", output, draft])
            #expect(result.status == 2)
            #expect(result.error.contains(message), "\(result.error)")
        }
        #expect(try Data(contentsOf: broken) == Data(text.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["broken.json"])
    }

    @Test func jsonIsTheSameOnEveryRun() throws {
        let first = try export(["--format", "json", Self.example("sponsor-name-mismatch.json")])
        let second = try export(["--format", "json", Self.example("sponsor-name-mismatch.json")])
        #expect(first.output == second.output)
    }
}
