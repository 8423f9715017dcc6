import Foundation
import Testing

/// `kill -9` at random moments while a script types: every draft left behind parses, every
/// committed field is there, and typing left idle for a second is there.
///
/// `STAYFORM_KILL_TRIALS` sets the number of trials (50 by default; `make stress` runs more).
@Suite struct KillTrialsEndToEndTests {
    static let trials = Int(ProcessInfo.processInfo.environment["STAYFORM_KILL_TRIALS"] ?? "") ?? 50
    static let parallel = 8

    /// What one trial found wrong, if anything.
    struct TrialFailure: Error, CustomStringConvertible {
        let description: String
    }

    @Test func killedAtRandomMomentsNothingCommittedIsLost() throws {
        let failures = LockedFailures()
        let next = LockedCounter()
        let group = DispatchGroup()
        for _ in 0..<Self.parallel {
            group.enter()
            Thread {
                defer { group.leave() }
                while let trial = next.take(below: Self.trials) {
                    do {
                        try Self.runTrial(trial)
                    } catch {
                        failures.append("trial \(trial): \(error)")
                    }
                }
            }.start()
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all.count) of \(Self.trials) trials failed:\n\(failures.all.joined(separator: "\n"))")
    }

    private static func runTrial(_ trial: Int) throws {
        let session = try TmuxSession(columns: 100, rows: 30)
        try session.waitForScreen(timeout: .seconds(20)) { $0.contains("Which permit do you hold now?") }
        try session.press("Enter")
        try session.waitForScreen(timeout: .seconds(20)) { $0.contains("1.1 Full name") }
        guard let pid = try session.stayformPID() else { throw TrialFailure(description: "no stayform process") }
        var random = SystemRandomNumberGenerator()
        let committed = "Committed \(trial)"
        let idle = "Idle \(trial)"
        try session.type(committed)
        try session.press("Tab", "Tab", "Tab")  // past the sex list and the birth date to 1.4
        Thread.sleep(forTimeInterval: 0.15)  // a committed change is durable within 100 ms
        try session.type(idle)
        Thread.sleep(forTimeInterval: 1.0)  // idle typing is durable within 500 ms
        // Keep typing, and kill at a random moment.
        let killAfter = Double.random(in: 0...0.6, using: &random)
        let started = Date()
        var typed = 0
        while Date().timeIntervalSince(started) < killAfter {
            try session.type(String(UnicodeScalar(UInt8(97 + typed % 26))))
            typed += 1
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.05, using: &random))
        }
        kill(pid, SIGKILL)
        guard ProcessTable.waitUntilGone(pid) else { throw TrialFailure(description: "did not die") }

        let data = try Data(contentsOf: session.defaultDraft)
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let values = json["values"] as? [String: Any]
        else { throw TrialFailure(description: "the draft does not parse") }
        guard values["applicant.full-name"] as? String == committed else {
            throw TrialFailure(description: "the committed field is missing")
        }
        guard let second = values["applicant.birth-place"] as? String, second.hasPrefix(idle) else {
            throw TrialFailure(description: "the idle typing is missing")
        }
        let backup = URL(fileURLWithPath: session.defaultDraft.path + ".bak")
        if let backupData = try? Data(contentsOf: backup), (try? JSONSerialization.jsonObject(with: backupData)) == nil {
            throw TrialFailure(description: "the backup does not parse")
        }
    }
}

/// Failures collected from several threads.
final class LockedFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

/// Hands out trial numbers to several threads.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
