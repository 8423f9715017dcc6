import StayformCore
import StayformTerminal
import StayformWizard
import Testing
import TestSupport

/// A sink that records drafts and can be told to fail.
final class RecordingSink: DraftSink {
    var submitted: [(Draft, SaveUrgency)] = []
    var failure: String?
    private(set) var status: SaveStatus = .notSaved

    func submit(_ draft: Draft, urgency: SaveUrgency) {
        submitted.append((draft, urgency))
        status = failure.map { .failed(reason: $0) } ?? .saved(time: "12:00:0\(submitted.count % 10)")
    }

    func flush() -> SaveStatus { status }
}

@Suite struct WizardRunnerTests {
    let pack = SampleForms.applicantAndPassport
    let size = TerminalSize(columns: 80, rows: 24)

    private func run(_ input: [TerminalInput], sink: RecordingSink = RecordingSink()) -> (Int32, InMemoryTerminal, RecordingSink) {
        let terminal = InMemoryTerminal(size: size, input: input)
        var runner = WizardRunner(terminal: terminal, sink: sink)
        runner.typingPause = .zero
        let status = runner.run(WizardState(pack: pack, draft: Draft(pack: pack), size: size, today: WizardDriver.today))
        return (status, terminal, sink)
    }

    @Test func typingIsSavedAfterAPauseAndShownAsSaved() {
        let (status, terminal, sink) = run([
            .key(.character("A")), .key(.character("n")), .timedOut, .timedOut, .key(.function(10)),
        ])
        #expect(status == 0)
        #expect(sink.submitted.first?.0.values["applicant.full-name"] == "An")
        #expect(terminal.screens.contains { $0.lines[22].contains("saved 12:00:01") })
        #expect(terminal.isRestored)
    }

    @Test func quitSavesTheLatestDraftFirst() {
        let (status, _, sink) = run([.key(.character("A")), .key(.function(10))])
        #expect(status == 0)
        #expect(sink.submitted.last?.0.values["applicant.full-name"] == "A")
        #expect(sink.submitted.last?.1 == .committed)
    }

    @Test func aFailedSaveOnQuitKeepsTheWizardOpen() {
        let sink = RecordingSink()
        sink.failure = "disk full"
        let (status, terminal, _) = run([.key(.character("A")), .key(.function(10)), .hungUp], sink: sink)
        #expect(terminal.screens.last?.lines[22].contains("NOT SAVED: disk full") == true)
        #expect(terminal.screens.last?.lines.contains { $0.contains("Q    quit without saving") } == true)
        #expect(status == 129)
    }

    @Test func aLostTerminalSavesAndExitsLikeAHangUp() {
        let (status, _, sink) = run([.key(.character("A"))])
        #expect(status == 129)
        #expect(sink.submitted.last?.0.values["applicant.full-name"] == "A")
    }

    @Test func controlCExitsWith130AfterSaving() {
        let (status, _, sink) = run([.key(.character("B")), .key(.control("c"))])
        #expect(status == 130)
        #expect(sink.submitted.last?.0.values["applicant.full-name"] == "B")
    }

    @Test func aKeystrokeChangesFewCells() {
        let (_, terminal, _) = run([.key(.character("A")), .key(.character("B")), .key(.function(10))])
        // The first draw paints everything; a typed character changes its own cell (the first
        // one into an empty required field also the completion, the counts and the section's
        // mark), never the whole screen.
        #expect(terminal.changedCellsPerDraw.first == 80 * 24 - terminal.screens[0].continuationCount)
        #expect(terminal.changedCellsPerDraw[1] <= 24)
        #expect(terminal.changedCellsPerDraw[2] <= 4)
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        let (_, terminal, _) = run([.resized(TerminalSize(columns: 60, rows: 15)), .key(.function(10))])
        #expect(terminal.screens.last?.size == TerminalSize(columns: 60, rows: 15))
    }
}

extension Screen {
    /// The number of right halves of wide characters, which are never written on their own.
    var continuationCount: Int {
        var count = 0
        for row in 0..<size.rows {
            for column in 0..<size.columns where self[row, column].isContinuation { count += 1 }
        }
        return count
    }
}
