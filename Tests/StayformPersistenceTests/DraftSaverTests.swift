import Dispatch
import Foundation
import StayformCore
import StayformPersistence
import Synchronization
import SystemPackage
import Testing
import TestSupport

/// The background saver: writes the latest draft off the caller's thread, reports each outcome,
/// and blocks only in `flush`. When to save is the run loop's `SaveSchedule`, tested there.
@Suite struct DraftSaverTests {
    let formID = DraftsFixtures.pack().id

    /// Everything one saver test needs: a folder, a file system to break, the statuses heard.
    final class Harness {
        let directory = DraftTestDirectory()
        let fileSystem = DraftFaultyFileSystem()
        let log = StatusLog()
        let saver: BackgroundDraftSaver

        init() {
            let log = self.log
            saver = BackgroundDraftSaver(
                file: DraftFile(path: directory.file("draft.json"), fileSystem: fileSystem),
                timeOfDay: { "14:03:27" }, onStatus: log.record)
        }

        var path: FilePath { directory.file("draft.json") }

        func onDisk(formID: String) -> Draft? {
            var file = DraftFile(path: path)
            return try? file.load(formID: formID)
        }
    }

    /// The statuses a saver reported, in order; `next` waits for the next one.
    final class StatusLog: Sendable {
        let statuses = Mutex<[SaveStatus]>([])
        private let heard = DispatchSemaphore(value: 0)

        @Sendable func record(_ status: SaveStatus) {
            statuses.withLock { $0.append(status) }
            heard.signal()
        }

        /// The next status reported (waiting at most 10 s, for a very busy machine).
        func next() -> SaveStatus? {
            guard heard.wait(timeout: .now() + 10) == .success else { return nil }
            return statuses.withLock { $0.last }
        }
    }

    static func draft(_ name: String) -> Draft {
        var draft = DraftsFixtures.filledDraft()
        draft.values["applicant.full-name"] = name
        return draft
    }

    @Test func aSubmittedDraftIsWrittenAndReportedSaved() throws {
        let harness = Harness()
        harness.saver.submit(Self.draft("A"))
        #expect(harness.log.next() == .saved(time: "14:03:27"))
        #expect(harness.onDisk(formID: formID) == Self.draft("A"))
    }

    @Test func flushWritesAndReturnsTheOutcome() throws {
        let harness = Harness()
        #expect(harness.saver.flush(Self.draft("A")) == .saved(time: "14:03:27"))
        #expect(harness.onDisk(formID: formID) == Self.draft("A"))
    }

    @Test func submissionsAreCoalescedToTheLatest() throws {
        let harness = Harness()
        harness.fileSystem.slowDownWrites(by: .milliseconds(200))
        for index in 1...9 { harness.saver.submit(Self.draft("v\(index)")) }
        #expect(harness.saver.flush(Self.draft("v10")) == .saved(time: "14:03:27"))
        #expect(harness.onDisk(formID: formID) == Self.draft("v10"))
        // The first draft may already be on its way; every other one but the last is skipped.
        #expect(harness.fileSystem.calls(.writeAll) <= 2)
    }

    @Test(arguments: [Errno.noSpace, .ioError, .permissionDenied])
    func aFailedSaveIsReportedAndTheNextSubmissionWritesTheNewDraft(errno: Errno) throws {
        let harness = Harness()
        harness.fileSystem.fail(.writeAll, with: errno, pathSuffix: ".tmp")
        harness.saver.submit(Self.draft("A"))
        guard case .failed(let reason)? = harness.log.next() else {
            Issue.record("no failure reported")
            return
        }
        #expect(reason == DraftSaveError(path: "", step: .write, errno: errno).message)
        #expect(harness.onDisk(formID: formID) == nil)

        harness.fileSystem.healAll()
        harness.saver.submit(Self.draft("B"))
        #expect(harness.log.next() == .saved(time: "14:03:27"))
        #expect(harness.onDisk(formID: formID) == Self.draft("B"))
    }

    @Test func flushReturnsTheFailureInsteadOfWaitingForever() throws {
        let harness = Harness()
        harness.fileSystem.fail(.synchronize, with: .ioError, pathSuffix: ".tmp")
        guard case .failed = harness.saver.flush(Self.draft("A"), timeout: .seconds(10)) else {
            Issue.record("a failed write was not reported")
            return
        }
        #expect(harness.onDisk(formID: formID) == nil)
    }

    @Test func flushGivesUpOnADiskThatDoesNotAnswer() throws {
        let harness = Harness()
        harness.fileSystem.slowDownWrites(by: .seconds(1))
        guard case .failed(let reason) = harness.saver.flush(Self.draft("A"), timeout: .milliseconds(50)) else {
            Issue.record("flush waited for the slow write")
            return
        }
        #expect(reason.contains("did not finish writing"))
    }

    @Test func aDraftSubmittedJustBeforeTheSaverIsReleasedIsStillWritten() throws {
        let directory = DraftTestDirectory()
        let log = StatusLog()
        do {
            let saver = BackgroundDraftSaver(
                file: DraftFile(path: directory.file("draft.json")), timeOfDay: { "14:03:27" }, onStatus: log.record)
            saver.submit(Self.draft("A"))
        }
        #expect(log.next() == .saved(time: "14:03:27"))
        var file = DraftFile(path: directory.file("draft.json"))
        #expect(try file.load(formID: formID) == Self.draft("A"))
    }
}
