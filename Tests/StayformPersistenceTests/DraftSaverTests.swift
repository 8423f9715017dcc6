import Foundation
import StayformCore
import StayformPersistence
import Synchronization
import SystemPackage
import Testing
import TestSupport

@Suite struct DraftSaverTests {
    let formID = DraftsFixtures.pack().id

    /// Everything one saver test needs: a folder, a file system to break, the statuses heard.
    final class Harness {
        let directory = DraftTestDirectory()
        let fileSystem = DraftFaultyFileSystem()
        let log = StatusLog()
        let saver: BackgroundDraftSaver
        static let savedAt = Date(timeIntervalSince1970: 1_800_000_000)

        init(timing: BackgroundDraftSaver.Timing) {
            let log = self.log
            saver = BackgroundDraftSaver(
                file: DraftFile(path: directory.file("draft.json"), fileSystem: fileSystem), timing: timing,
                now: { Harness.savedAt }, onStatus: { status in log.statuses.withLock { $0.append(status) } })
        }

        deinit { saver.close() }

        var path: FilePath { directory.file("draft.json") }

        func onDisk(formID: String) -> Draft? {
            var file = DraftFile(path: path)
            return try? file.load(formID: formID)
        }

        /// Waits up to `limit` for `condition`; returns the time it took, or nil.
        func waitFor(_ limit: Duration, _ condition: () -> Bool) -> Duration? {
            let clock = ContinuousClock()
            let start = clock.now
            while start.duration(to: clock.now) < limit {
                if condition() { return start.duration(to: clock.now) }
                Thread.sleep(forTimeInterval: 0.002)
            }
            return nil
        }
    }

    /// The statuses a saver reported, in order.
    final class StatusLog: Sendable {
        let statuses = Mutex<[DraftSaveStatus]>([])
    }

    static func draft(_ name: String) -> Draft {
        var draft = DraftsFixtures.filledDraft()
        draft.values["applicant.full-name"] = name
        return draft
    }

    @Test func aCommittedChangeIsWrittenAtOnce() throws {
        let harness = Harness(timing: .init(typingPause: .seconds(2), typingMaximumDelay: .seconds(5)))
        harness.saver.submit(Self.draft("A"), urgency: .committed)
        let took = harness.waitFor(.seconds(1)) { harness.saver.status.isSaved }
        #expect(took != nil && took! < .milliseconds(500))
        #expect(harness.onDisk(formID: formID) == Self.draft("A"))
        #expect(harness.saver.status == .saved(at: Harness.savedAt))
        // The status is set before the callback runs on the saver's thread: wait for it too.
        _ = harness.waitFor(.seconds(1)) { !harness.log.statuses.withLock { $0 }.isEmpty }
        #expect(harness.log.statuses.withLock { $0 } == [.saved(at: Harness.savedAt)])
    }

    @Test func typingIsWrittenAfterAPause() throws {
        let harness = Harness(timing: .init(typingPause: .milliseconds(300), typingMaximumDelay: .seconds(5)))
        harness.saver.submit(Self.draft("A"), urgency: .typing)
        #expect(harness.saver.status == .pending)
        Thread.sleep(forTimeInterval: 0.15)
        #expect(harness.onDisk(formID: formID) == nil, "typing was written before the pause")
        let took = harness.waitFor(.seconds(2)) { harness.saver.status.isSaved }
        #expect(took != nil)
        #expect(harness.onDisk(formID: formID) == Self.draft("A"))
    }

    @Test func continuousTypingIsStillWrittenRegularly() throws {
        let harness = Harness(timing: .init(typingPause: .milliseconds(200), typingMaximumDelay: .milliseconds(400)))
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0
        while start.duration(to: clock.now) < .milliseconds(1_300) {
            count += 1
            harness.saver.submit(Self.draft("typing \(count)"), urgency: .typing)
            Thread.sleep(forTimeInterval: 0.05)
        }
        let savesWhileTyping = harness.log.statuses.withLock { $0.count }
        #expect(savesWhileTyping >= 2, "no save under continuous typing")
        #expect(harness.onDisk(formID: formID) != nil)
    }

    @Test func byDefaultAtMostHalfASecondOfContinuousTypingIsUnsaved() throws {
        let harness = Harness(timing: .init())
        let clock = ContinuousClock()
        let start = clock.now
        var submittedAt: [String: ContinuousClock.Instant] = [:]
        var count = 0
        while start.duration(to: clock.now) < .milliseconds(1_600) {
            count += 1
            submittedAt["v\(count)"] = clock.now
            harness.saver.submit(Self.draft("v\(count)"), urgency: .typing)
            Thread.sleep(forTimeInterval: 0.02)
        }
        let onDisk = try #require(harness.onDisk(formID: formID)?.values["applicant.full-name"])
        let age = try #require(submittedAt[onDisk]).duration(to: clock.now)
        // 0.5 s by design; the rest is slack for a busy machine (the old 2 s cap would fail).
        #expect(age < .milliseconds(1_000), "the draft on disk is \(age) old")
    }

    @Test func submissionsAreCoalescedToTheLatest() throws {
        let harness = Harness(timing: .init())
        harness.fileSystem.slowDownWrites(by: .milliseconds(200))
        for index in 1...10 {
            harness.saver.submit(Self.draft("v\(index)"), urgency: .committed)
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(harness.saver.flush() == .saved(at: Harness.savedAt))
        #expect(harness.onDisk(formID: formID) == Self.draft("v10"))
        #expect(harness.fileSystem.calls(.writeAll) == 2)
    }

    @Test(arguments: [Errno.noSpace, .ioError, .permissionDenied])
    func aFailedSaveIsReportedKeptAndRetried(errno: Errno) throws {
        let harness = Harness(timing: .init(firstRetryDelay: .milliseconds(50), maximumRetryDelay: .milliseconds(100)))
        harness.fileSystem.fail(.writeAll, with: errno, pathSuffix: ".tmp")
        harness.saver.submit(Self.draft("A"), urgency: .committed)
        let failed = harness.waitFor(.seconds(1)) {
            if case .failed(let error) = harness.saver.status { return error.errno == errno }
            return false
        }
        #expect(failed != nil)
        #expect(harness.onDisk(formID: formID) == nil)
        harness.saver.submit(Self.draft("B"), urgency: .typing)
        if case .failed = harness.saver.status {} else { Issue.record("a new edit hid the failure") }

        harness.fileSystem.healAll()
        let recovered = harness.waitFor(.seconds(2)) { harness.saver.status.isSaved }
        #expect(recovered != nil, "the saver did not retry")
        #expect(harness.onDisk(formID: formID) == Self.draft("B"))
        #expect(harness.log.statuses.withLock { $0.first.map { if case .failed = $0 { true } else { false } } } == true)
    }

    @Test func flushReturnsTheFailureInsteadOfWaitingForever() throws {
        let harness = Harness(timing: .init(firstRetryDelay: .seconds(30), maximumRetryDelay: .seconds(30)))
        harness.fileSystem.fail(.synchronize, with: .ioError, pathSuffix: ".tmp")
        harness.saver.submit(Self.draft("A"), urgency: .typing)
        let clock = ContinuousClock()
        let start = clock.now
        let status = harness.saver.flush(timeout: .seconds(5))
        #expect(start.duration(to: clock.now) < .seconds(2))
        guard case .failed(let error) = status else {
            Issue.record("flush said \(status)")
            return
        }
        #expect(error.step == .synchronize)
        #expect(harness.onDisk(formID: formID) == nil)
    }

    @Test func flushWritesPendingTypingAtOnce() throws {
        let harness = Harness(timing: .init(typingPause: .seconds(30), typingMaximumDelay: .seconds(60)))
        harness.saver.submit(Self.draft("A"), urgency: .typing)
        #expect(harness.saver.flush(timeout: .seconds(5)).isSaved)
        #expect(harness.onDisk(formID: formID) == Self.draft("A"))
        harness.saver.submit(Self.draft("B"), urgency: .typing)
        #expect(harness.saver.status == .pending, "a newer edit must not show as saved")
    }

    @Test func closingFlushesAndIgnoresLaterSubmissions() throws {
        let harness = Harness(timing: .init(typingPause: .seconds(30), typingMaximumDelay: .seconds(60)))
        harness.saver.submit(Self.draft("A"), urgency: .typing)
        #expect(harness.saver.close().isSaved)
        harness.saver.submit(Self.draft("B"), urgency: .committed)
        Thread.sleep(forTimeInterval: 0.1)
        #expect(harness.onDisk(formID: formID) == Self.draft("A"))
    }

    @Test func nothingSubmittedMeansNoChanges() {
        let harness = Harness(timing: .init())
        #expect(harness.saver.status == .noChanges)
        #expect(harness.saver.flush() == .noChanges)
    }
}
