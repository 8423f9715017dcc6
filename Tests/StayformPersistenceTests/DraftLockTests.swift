import Foundation
import StayformPersistence
import SystemPackage
import Testing

@Suite struct DraftLockTests {
    static let host = "test-host"

    static func holder(pid: Int32, host: String = host) -> DraftLockHolder {
        DraftLockHolder(pid: pid, host: host, startedAt: "2026-11-21T03:00:00Z")
    }

    private func acquire(
        _ directory: DraftTestDirectory, as holder: DraftLockHolder, alive: Set<Int32>
    ) throws -> DraftLock.Outcome {
        try DraftLock.acquire(forDraftAt: directory.file("draft.json"), as: holder) { alive.contains($0) }
    }

    private func lockHeld(_ outcome: DraftLock.Outcome) -> DraftLock? {
        if case .acquired(let lock) = outcome { return lock }
        return nil
    }

    @Test func theFirstProcessGetsTheLockAndRecordsItself() throws {
        let directory = DraftTestDirectory()
        let me = Self.holder(pid: 100)
        let lock = try #require(lockHeld(try acquire(directory, as: me, alive: [100])))
        defer { lock.release() }
        #expect(lock.path == directory.file("draft.json.lock"))
        let recorded = try JSONDecoder().decode(DraftLockHolder.self, from: Data(try #require(directory.bytes(lock.path))))
        #expect(recorded == me)
        #expect(try directory.permissions(lock.path) == [.ownerReadWrite])
    }

    @Test func aSecondProcessIsToldWhoHoldsTheLock() throws {
        let directory = DraftTestDirectory()
        let first = try #require(lockHeld(try acquire(directory, as: Self.holder(pid: 100), alive: [100, 200])))
        defer { first.release() }
        let outcome = try acquire(directory, as: Self.holder(pid: 200), alive: [100, 200])
        guard case .heldBy(let holder) = outcome else {
            Issue.record("the second process got the lock")
            return
        }
        #expect(holder == Self.holder(pid: 100))
    }

    @Test func aReleasedLockCanBeTaken() throws {
        let directory = DraftTestDirectory()
        let first = try #require(lockHeld(try acquire(directory, as: Self.holder(pid: 100), alive: [100, 200])))
        first.release()
        first.release()
        let second = try #require(lockHeld(try acquire(directory, as: Self.holder(pid: 200), alive: [100, 200])))
        second.release()
    }

    @Test func aLockFileLeftByACrashIsTaken() throws {
        let directory = DraftTestDirectory()
        let stale = Array(#"{"host":"test-host","pid":100,"startedAt":"2026-11-20T00:00:00Z"}"#.utf8)
        try directory.write(stale, to: directory.file("draft.json.lock"))
        let lock = try #require(lockHeld(try acquire(directory, as: Self.holder(pid: 200), alive: [100, 200])))
        defer { lock.release() }
        let recorded = try JSONDecoder().decode(DraftLockHolder.self, from: Data(try #require(directory.bytes(lock.path))))
        #expect(recorded.pid == 200)
    }

    @Test func aLockStillHeldForADeadProcessIsTakenOver() throws {
        let directory = DraftTestDirectory()
        // The orphan: its flock stays held (as by a forked child) but pid 100 is dead.
        let orphan = try #require(lockHeld(try acquire(directory, as: Self.holder(pid: 100), alive: [100])))
        defer { orphan.release() }
        let lock = try #require(lockHeld(try acquire(directory, as: Self.holder(pid: 200), alive: [200])))
        defer { lock.release() }
        let third = try acquire(directory, as: Self.holder(pid: 300), alive: [200, 300])
        guard case .heldBy(let holder) = third else {
            Issue.record("a third process got the lock too")
            return
        }
        #expect(holder?.pid == 200)
    }

    @Test func aLockHeldFromAnotherHostIsNotTakenOver() throws {
        let directory = DraftTestDirectory()
        let remote = try #require(lockHeld(try acquire(directory, as: Self.holder(pid: 100, host: "elsewhere"), alive: [])))
        defer { remote.release() }
        let outcome = try acquire(directory, as: Self.holder(pid: 200), alive: [200])
        guard case .heldBy(let holder) = outcome else {
            Issue.record("a lock of another host was taken over")
            return
        }
        #expect(holder?.host == "elsewhere")
    }

    @Test func aFolderThatRefusesTheLockFileIsReported() throws {
        let directory = DraftTestDirectory()
        let fileSystem = DraftFaultyFileSystem()
        fileSystem.fail(.open, with: .permissionDenied, pathSuffix: ".lock")
        let error = try #require(throws: DraftLockError.self) {
            try DraftLock.acquire(forDraftAt: directory.file("draft.json"), fileSystem: fileSystem)
        }
        #expect(error.description.contains("permission denied"))
        #expect(error.description.hasPrefix(directory.file("draft.json.lock").string))
    }

    @Test func thisProcessIsAliveAndAnImpossiblePidIsNot() {
        #expect(DraftLock.processExists(getpid()))
        #expect(!DraftLock.processExists(Int32.max))
        #expect(!DraftLock.processExists(0))
    }
}
