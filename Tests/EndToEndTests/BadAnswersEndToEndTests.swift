import Foundation
import Testing

/// The bad answers a new user typed (issue 10), typed into the real binary over a clean
/// e-VOA draft: the final check says "Not ready" and names each one; corrected, it says
/// "Ready to file", and `stayform check` agrees both times.
@Suite(.serialized) struct BadAnswersEndToEndTests {
    /// Each bad answer, its correction, and what the final check says about it.
    static let answers: [(code: String, bad: String, good: String, says: String)] = [
        ("8.3", "today", "2026-11-21", "8.3: \"today\" is not a date"),
        ("4.7", "8O571", "80571", "4.7: not in the expected form: five digits"),
        ("1.7", "name@gmail", "hans.mueller@example.org", "1.7: the domain has no ending"),
        ("6.1", "thirty", "30", "6.1: \"thirty\" is not a number of days"),
        ("1.3", "05/03/1986", "1985-07-14", "1.3: \"05/03/1986\" could be 05 Mar 1986 or 03 May 1986"),
    ]

    private func replace(_ code: String, with text: String, in session: TmuxSession) throws {
        try session.press("F2")
        try session.type(code)
        try session.press("Enter")
        try session.waitFor("›\(code) ")
        try session.press("C-u")
        try session.type(text)
        try session.press("Tab")
    }

    private func checkStatus(_ draft: URL) throws -> Int32 {
        try Repository.stayform(["check", "--today", "2026-11-21", draft.path]).status
    }

    @Test func badAnswersAreNotReadyUntilCorrected() throws {
        let (work, draft) = try Repository.copyOfExample("clean-evoa.json")
        let session = try TmuxSession(
            arguments: ["--today", "2026-11-21", "--draft", draft.path], columns: 160, rows: 50, workDirectory: work)
        try session.resumeDraft()
        try session.press("F3")
        try session.waitFor("Ready to file")
        try session.press("Escape")
        for answer in Self.answers {
            try replace(answer.code, with: answer.bad, in: session)
        }
        try session.press("F3")
        let notReady = try session.waitFor("Not ready")
        for answer in Self.answers {
            #expect(notReady.contains(answer.says), "\(answer.code) not named:\n\(notReady)")
        }
        // A VOA extension longer than the pack's figure allows.
        try session.press("Escape")
        for answer in Self.answers {
            try replace(answer.code, with: answer.good, in: session)
        }
        try replace("6.1", with: "90", in: session)
        try session.press("F3")
        try session.waitFor("6.1: 90 days is more than VOA extension length: 30 days")
        try session.press("Escape")
        try replace("6.1", with: "30", in: session)
        try session.press("F3")
        try session.waitFor("Ready to file")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(try checkStatus(draft) == 0)
    }

    @Test func checkRefusesTheBadAnswersOfAHandWrittenDraft() throws {
        let (_, draft) = try Repository.copyOfExample("clean-evoa.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any])
        var values = try #require(json["values"] as? [String: Any])
        values["declaration.date"] = "today"
        values["address.postal-code"] = "8O571"
        values["request.duration"] = "thirty"
        json["values"] = values
        try JSONSerialization.data(withJSONObject: json).write(to: draft)
        let run = try Repository.stayform(["check", "--today", "2026-11-21", draft.path])
        #expect(run.status == 1)
        for id in ["valid-answers.declaration.date", "valid-answers.address.postal-code", "valid-answers.request.duration"] {
            #expect(run.output.contains("id: \(id)"), "\(run.output)")
        }
    }
}
