import Foundation
import Testing

/// `stayform check` run as a program on the shipped examples and on broken input: findings,
/// exit status, JSON stability, and drafts left untouched.
///
/// Needs `CheckCommand` among the root command's subcommands.
@Suite struct CheckCommandTests {
    static func example(_ name: String) -> String { Repository.example(name) }

    func check(_ arguments: [String]) throws -> Shell.Result {
        try Repository.stayform(["check", "--today", "2026-11-21"] + arguments)
    }

    /// The findings of each draft in a JSON report: id → severity.
    func findings(_ json: String) throws -> [[String: String]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let drafts = object?["drafts"] as? [[String: Any]] ?? []
        return drafts.map { draft in
            var bySeverity: [String: String] = [:]
            for finding in draft["findings"] as? [[String: Any]] ?? [] {
                bySeverity[finding["id"] as? String ?? ""] = finding["severity"] as? String
            }
            return bySeverity
        }
    }

    @Test(arguments: [
        ("clean-evoa.json", Int32(0), [
            "name-matches-passport.current-permit.applicant.full-name": "note",
            "filing-window.permit.expiry-date": "note", "expiry-approaching.permit.expiry-date": "note",
        ]),
        ("sponsor-name-mismatch.json", 1, [
            "sponsor-name-matches-ktp.guarantee-letter.sponsor.name": "blocking",
            "name-matches-passport.current-permit.applicant.full-name": "note",
            "filing-window.permit.expiry-date": "note", "expiry-approaching.permit.expiry-date": "note",
        ]),
        ("expired-permit.json", 1, [
            "permit-expired.permit.expiry-date": "blocking",
            "name-matches-passport.current-permit.applicant.full-name": "note",
        ]),
        ("passport-expiring.json", 0, [
            "passport-outlasts-stay.passport.expiry-date": "warning",
            "name-matches-passport.current-permit.applicant.full-name": "note",
            "filing-window.permit.expiry-date": "note", "expiry-approaching.permit.expiry-date": "note",
        ]),
        ("oversize-photo.json", 0, [
            "photo-size.photo.1": "warning",
            "name-matches-passport.current-permit.applicant.full-name": "note",
            "filing-window.permit.expiry-date": "note", "expiry-approaching.permit.expiry-date": "note",
        ]),
        ("evoa-valid-until.json", 1, [
            "voa-stay-end.permit.expiry-date": "blocking",
            "filing-window.permit.expiry-date": "warning",
            "name-matches-passport.current-permit.applicant.full-name": "note",
            "expiry-approaching.permit.expiry-date": "note",
        ]),
    ])
    func examplesGiveTheirFindings(name: String, status: Int32, expected: [String: String]) throws {
        let result = try check(["--format", "json", Self.example(name)])
        #expect(result.status == status, "\(result.error)")
        #expect(try findings(result.output) == [expected])
    }

    @Test func textGroupsBySeverityWithValuesAndAdvice() throws {
        let result = try check([Self.example("sponsor-name-mismatch.json")])
        #expect(result.status == 1)
        let blocking = try #require(result.output.range(of: "BLOCKING (1)"))
        let notes = try #require(result.output.range(of: "NOTES (3)"))
        #expect(blocking.lowerBound < notes.lowerBound)
        #expect(result.output.contains("expected: I Wayan SUDARSANA   found: I Wayan SUDARMA"))
        #expect(result.output.contains("what to do: The sponsor's name differs from the e-KTP."))
        #expect(result.output.contains("1 draft checked for 2026-11-21: 1 with blocking findings"))
    }

    @Test func manyDraftsInOneCallAndTheWorstStatusWins() throws {
        let clean = try check([Self.example("clean-evoa.json"), Self.example("clean-evoa.json")])
        #expect(clean.status == 0)
        let mixed = try check(["--format", "json", Self.example("clean-evoa.json"), Self.example("expired-permit.json")])
        #expect(mixed.status == 1)
        #expect(try findings(mixed.output).count == 2)
    }

    @Test func anUnreadableDraftIsNamedAndExitsTwoWithoutBeingChanged() throws {
        let directory = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.json")
        let text = "{\n  \"formatVersion\": 1,\n  \"form\": {\"id\": \"stay-permit-extension\"\n"
        try Data(text.utf8).write(to: broken)
        let result = try check([Self.example("expired-permit.json"), broken.path, directory.appendingPathComponent("missing.json").path])
        #expect(result.status == 2)
        #expect(result.error.contains("stayform: \(broken.path)"))
        #expect(result.error.contains("missing.json: there is no such draft file"))
        #expect(result.output.contains("permit-expired.permit.expiry-date"), "the readable draft is still reported")
        #expect(try Data(contentsOf: broken) == Data(text.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["broken.json"])
    }

    @Test func aBadTodayIsRefused() throws {
        let result = try Repository.stayform(["check", "--today", "21/11/2026", Self.example("clean-evoa.json")])
        #expect(result.status == 2)
        #expect(result.error.contains("--today 21/11/2026 is not a date: write it as YYYY-MM-DD"))
    }

    @Test func jsonIsTheSameOnEveryRun() throws {
        let arguments = ["--format", "json"] + ["clean-evoa.json", "sponsor-name-mismatch.json", "oversize-photo.json"].map(Self.example)
        let first = try check(arguments)
        let second = try check(arguments)
        #expect(first.output == second.output)
        #expect(first.output.hasPrefix("{\n  \"blocking\": true,\n  \"drafts\": ["))
    }
}
