import Glibc
import StayformCore
import StayformTerminal
import StayformWizard
import Testing
import TestSupport

/// A sink that records drafts and answers each save through the inbox, as the real saver does.
final class RecordingSink: DraftSink {
    let inbox: EventInbox
    var submitted: [Draft] = []
    var flushed: [Draft] = []
    /// The failure of each coming save, in order (`nil`: it succeeds); then every save succeeds.
    var failures: [String?] = []

    init(inbox: EventInbox) {
        self.inbox = inbox
    }

    private func outcome() -> SaveStatus {
        let count = submitted.count + flushed.count
        let failure = failures.isEmpty ? nil : failures.removeFirst()
        return failure.map { .failed(reason: $0) } ?? .saved(time: "12:00:0\(count % 10)")
    }

    func submit(_ draft: Draft) {
        submitted.append(draft)
        inbox.post(.saveFinished(outcome()))
    }

    func flush(_ draft: Draft) -> SaveStatus {
        flushed.append(draft)
        return outcome()
    }
}

/// Answers F4 and F9 as the program's effects do, on the loop's thread.
final class ScriptedEffects: EffectPerformer {
    static let theme = Theme(name: "contrast", styles: [.normal: .plain])

    func perform(_ effect: WizardEffect) -> [WizardEvent] {
        switch effect {
        case .writeSnapshot: [.snapshotWritten(path: "/tmp/snapshot.txt")]
        case .switchTheme: [.themeSwitched(ScriptedEffects.theme, name: "contrast", problem: nil)]
        case .readAttachments(let paths, _): [.attachmentsRead(CrossCheckFixtures.files.filter { paths.contains($0.key) })]
        default: []
        }
    }
}

@Suite struct WizardRunnerTests {
    let pack = SampleForms.applicantAndPassport
    let size = TerminalSize(columns: 80, rows: 24)

    struct Run {
        var status: Int32
        var terminal: InMemoryTerminal
        var sink: RecordingSink
        var clock: ManualClock
    }

    private func run(
        _ input: [TerminalInput], failures: [String?] = [], before: (EventInbox) -> Void = { _ in }
    ) -> Run {
        let clock = ManualClock()
        let inbox = EventInbox()
        let sink = RecordingSink(inbox: inbox)
        sink.failures = failures
        let terminal = InMemoryTerminal(size: size, input: input, clock: clock)
        var runner = WizardRunner(terminal: terminal, sink: sink, inbox: inbox, clock: clock)
        runner.performer = ScriptedEffects()
        runner.performsEffectsInBackground = false
        before(inbox)
        let status = runner.run(WizardState(pack: pack, draft: Draft(pack: pack), size: size, today: WizardDriver.today))
        return Run(status: status, terminal: terminal, sink: sink, clock: clock)
    }

    @Test func typingIsSavedOnceItPausesAndShownAsSaved() {
        let run = run([.key(.character("A")), .key(.character("n")), .timedOut, .key(.function(10))])
        #expect(run.status == 0)
        #expect(run.sink.submitted.map { $0.values["applicant.full-name"] } == ["An"])
        #expect(run.clock.now.offset == .milliseconds(300), "the save waited for the 300 ms pause")
        #expect(run.terminal.screens.contains { $0.lines[22].contains("saved 12:00:01") })
        #expect(run.terminal.isRestored)
    }

    @Test func typingIsNotSavedBeforeThePause() {
        let run = run([.key(.character("A")), .key(.character("n")), .key(.function(10))])
        #expect(run.sink.submitted.isEmpty)
        #expect(run.sink.flushed.last?.values["applicant.full-name"] == "An")
    }

    @Test func aFailedSaveIsRetriedAndSavedShowsAsSoonAsTheRetrySucceeds() {
        let run = run(
            [.key(.character("A")), .timedOut, .timedOut, .key(.function(10))], failures: ["disk full", nil])
        #expect(run.sink.submitted.count == 2, "one save, one retry")
        #expect(run.clock.now.offset == .milliseconds(300 + 250), "the retry came 250 ms after the failure")
        let statusLines = run.terminal.screens.map { $0.lines[22] }
        #expect(statusLines.contains { $0.contains("NOT SAVED: disk full") })
        #expect(statusLines.dropLast().last?.contains("saved 12:00:02") == true)
    }

    @Test func quitSavesTheLatestDraftFirst() {
        let run = run([.key(.character("A")), .key(.function(10))])
        #expect(run.status == 0)
        #expect(run.sink.flushed.last?.values["applicant.full-name"] == "A")
    }

    @Test func aFailedSaveOnQuitKeepsTheWizardOpen() {
        let run = run([.key(.character("A")), .key(.function(10)), .hungUp], failures: ["disk full"])
        #expect(run.terminal.screens.last?.lines[22].contains("NOT SAVED: disk full") == true, "\(run.terminal.screens.last?.lines ?? [])")
        #expect(run.terminal.screens.last?.lines.contains { $0.contains("Q    quit without saving") } == true)
        #expect(run.status == 129)
    }

    @Test func aLostTerminalSavesAndExitsLikeAHangUp() {
        let run = run([.key(.character("A"))])
        #expect(run.status == 129)
        #expect(run.sink.flushed.last?.values["applicant.full-name"] == "A")
    }

    @Test func aSignalPostedToTheInboxSavesAndExitsWithItsStatus() {
        let run = run([.key(.character("A")), .key(.function(10))]) { inbox in
            inbox.post(.terminationRequested(exitStatus: 143))
        }
        #expect(run.status == 143)
        #expect(run.sink.flushed.count == 1)
    }

    @Test func controlCExitsWith130AfterSaving() {
        let run = run([.key(.character("B")), .key(.control("c"))])
        #expect(run.status == 130)
        #expect(run.sink.flushed.last?.values["applicant.full-name"] == "B")
    }

    @Test func effectResultsComeBackThroughTheInbox() {
        let run = run([.key(.function(4)), .key(.function(9)), .key(.function(10))])
        #expect(run.terminal.screens.contains { $0.lines[22].contains("saved to /tmp/snapshot.txt") })
        #expect(run.terminal.themes == [ScriptedEffects.theme])
        #expect(run.terminal.screens.contains { $0.lines[22].contains("Theme: contrast") })
    }

    @Test func theDraftsFilesAreReadAfterTheFirstPaint() {
        let clock = ManualClock()
        let inbox = EventInbox()
        let terminal = InMemoryTerminal(size: size, input: [.key(.function(10))], clock: clock)
        var runner = WizardRunner(terminal: terminal, sink: RecordingSink(inbox: inbox), inbox: inbox, clock: clock)
        runner.performer = ScriptedEffects()
        runner.performsEffectsInBackground = false
        let state = WizardState(
            pack: CrossCheckFixtures.pack, draft: CrossCheckFixtures.cleanDraft, size: size, today: CrossCheckFixtures.today,
            attachmentFacts: CrossCheckFixtures.files.mapValues { _ in .beingRead })
        #expect(runner.run(state) == 0)
        let statusBars = terminal.screens.map { $0.lines[22] }
        #expect(statusBars.first?.contains("✗ 3 ") == true, "\(statusBars)")
        #expect(statusBars.dropFirst().first?.contains("✗ 0 ") == true, "\(statusBars)")
    }

    @Test func aKeystrokeChangesFewCells() {
        let run = run([.key(.character("A")), .key(.character("B")), .key(.function(10))])
        // The first draw paints everything; a typed character changes its own cell (the first
        // one into an empty required field also the completion, the counts and the section's
        // mark), never the whole screen.
        #expect(run.terminal.changedCellsPerDraw.first == 80 * 24 - run.terminal.screens[0].continuationCount)
        #expect(run.terminal.changedCellsPerDraw[1] <= 24)
        #expect(run.terminal.changedCellsPerDraw[2] <= 4)
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        let run = run([.resized(TerminalSize(columns: 60, rows: 15)), .key(.function(10))])
        #expect(run.terminal.screens.last?.size == TerminalSize(columns: 60, rows: 15))
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

/// Watch mode in the run loop: a `FileWatcher` notices a change of the file, posts what its
/// reader makes of it to the inbox, and the loop redraws with it.
@Suite struct FileWatcherTests {
    let pack = SampleForms.applicantAndPassport
    let size = TerminalSize(columns: 80, rows: 24)

    private func temporaryFile(_ text: String) throws -> String {
        let path = "/tmp/stayform-watch-\(UInt64.random(in: 0...UInt64.max)).json"
        try write(text, to: path)
        return path
    }

    private func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "w") else { throw WriteFailed() }
        fputs(text, file)
        fclose(file)
    }

    struct WriteFailed: Error {}

    @Test func aChangedFileIsReadAndItsDraftRedrawnByTheLoop() throws {
        let path = try temporaryFile("one")
        defer { unlink(path) }
        let inbox = EventInbox()
        let pack = self.pack
        let watcher = FileWatcher(path: path, inbox: inbox) {
            var saved = Draft(pack: pack)
            saved.values["applicant.full-name"] = "Watched Name"
            return .draftChangedOnDisk(saved, attachments: [:], time: "11:22:33")
        }
        #expect(!watcher.check(), "nothing changed since the watcher started")
        try write("two, longer", to: path)
        #expect(watcher.check())
        #expect(!watcher.check(), "one change, one event")

        let terminal = InMemoryTerminal(size: size, input: [.key(.function(10))])
        let runner = WizardRunner(terminal: terminal, sink: RecordingSink(inbox: inbox), inbox: inbox, clock: ManualClock())
        let state = WizardState(
            pack: pack, draft: Draft(pack: pack), size: size, today: WizardDriver.today, isReadOnly: true,
            following: "ana.json")
        _ = runner.run(state)
        let shown = try #require(terminal.screens.first { $0.lines.contains { $0.contains("Watched Name") } })
        #expect(shown.lines[22].contains("following ana.json, updated 11:22:33"))
    }

    @Test func aVersionTheReaderRejectsPostsNothing() throws {
        let path = try temporaryFile("good")
        defer { unlink(path) }
        let inbox = EventInbox()
        let watcher = FileWatcher(path: path, inbox: inbox) { nil }
        try write("damaged {", to: path)
        #expect(!watcher.check())
        #expect(inbox.take().isEmpty)
    }

    @Test func aStartedWatcherPostsOnItsOwn() throws {
        let path = try temporaryFile("one")
        defer { unlink(path) }
        let inbox = EventInbox()
        let watcher = FileWatcher(path: path, inbox: inbox) { .resized(TerminalSize(columns: 1, rows: 1)) }
        watcher.start(every: .milliseconds(5))
        defer { watcher.stop() }
        // Replaced whole, as stayform saves a draft: written in place, the watcher could see
        // the emptied file first and post twice.
        try write("two, longer", to: path + ".new")
        #expect(rename(path + ".new", path) == 0)
        var events: [WizardEvent] = []
        for _ in 0..<400 where events.isEmpty {
            usleep(5_000)
            events = inbox.take()
        }
        #expect(events == [.resized(TerminalSize(columns: 1, rows: 1))])
    }
}
