import StayformCore
import StayformTerminal
import StayformWizard
import Testing
import TestSupport

/// The plain-mode runner with scripted input: what it saves, what it prints, its exit status.
@Suite struct PlainRunnerTests {
    /// Collects what a runner does.
    final class Record {
        var input: [String]
        var output: [String] = []
        var saved: [Draft] = []
        var saveFailure: String?

        init(_ input: [String]) { self.input = input }
    }

    func run(_ record: Record, draft: Draft? = nil) -> Int32 {
        let pack = SampleForms.withCategories
        let talk = PlainConversation(
            pack: pack, draft: draft ?? Draft(pack: pack), today: CalendarDate(year: 2026, month: 11, day: 21)!,
            draftName: "ana.json")
        let runner = PlainRunner(
            readLine: { record.input.isEmpty ? nil : record.input.removeFirst() },
            write: { record.output.append($0) },
            save: { draft in
                record.saved.append(draft)
                return record.saveFailure
            },
            inspect: { path in (path, .unreadable("no such file")) },
            echoesInput: true)
        return runner.run(talk, notices: ["A notice."])
    }

    @Test func eachAnswerIsSavedAndTheEndOfInputSavesAndGivesChecksStatus() {
        let record = Record(["1", "2027-03-05", "no", "", "yes"])
        let status = run(record)
        #expect(status == 0)
        #expect(record.output.first == "A notice.")
        #expect(record.output.contains("> 2027-03-05"))
        // Four answers (the empty line keeps), then the end of input.
        #expect(record.saved.count == 5)
        #expect(record.saved.last?.values["final.agree"] == "yes")
        #expect(record.output.last?.hasSuffix("Ready to file.") == true)
    }

    @Test func aBlockingFindingLeftGivesStatusOne() {
        let record = Record(["1", "quit", "this is never read"])
        #expect(run(record) == 1)
        #expect(record.input == ["this is never read"])
        #expect(record.saved.last?.values["permit.category"] == "voa")
    }

    @Test func aFailedSaveIsSaidOnceAndStatusReportsIt() {
        let record = Record(["1", "2027-03-05", "status"])
        record.saveFailure = "the disk is full; free some space"
        _ = run(record)
        let said = record.output.filter { $0.hasPrefix("The draft could not be saved: the disk is full") }
        #expect(said.count == 1)
        #expect(record.output.contains { $0.hasPrefix("Not saved: the disk is full; free some space.") })
    }

    @Test func everyLineWrittenIsTerminalSafe() {
        let record = Record(["1", "go 1.4", "\u{1B}]2;PWNED\u{07}"])
        var draft = Draft(pack: SampleForms.withCategories)
        draft.values["permit.agent"] = "yes"
        _ = run(record, draft: draft)
        let output = record.output.joined(separator: "\n")
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(output.contains("␛]2;PWNED␇"))
    }
}
