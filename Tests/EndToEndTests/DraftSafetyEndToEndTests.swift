import Foundation
import Testing

/// Drafts are never lost: signals, a closed terminal, a second process, a damaged file.
@Suite(.serialized) struct DraftSafetyEndToEndTests {
    private func values(_ url: URL) throws -> [String: Any] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try #require(json["values"] as? [String: Any])
    }

    @Test func sigtermSavesTypingNotYetSavedAndExitsWith143() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        let pid = try #require(try session.stayformPID())
        try session.type("Ana")
        try session.waitFor("Ana")
        kill(pid, SIGTERM)
        #expect(session.waitForExit() == 143)
        #expect(try values(session.defaultDraft)["applicant.full-name"] as? String == "Ana")
    }

    /// `--draft ana.json` is the draft in the folder stayform was started in.
    @Test func aRelativeDraftPathIsInTheCurrentFolder() throws {
        let folder = try Scratch.makeDirectory()
        let session = try TmuxSession(
            arguments: ["--draft", "ana.json"], workDirectory: folder, shellPrefix: "cd \(Shell.quote(folder.path)) && ")
        try session.startNewDraft()
        try session.type("Ana")
        try session.press("F10")
        #expect(session.waitForExit() == 0, "\(session.standardError())")
        #expect(try values(folder.appendingPathComponent("ana.json"))["applicant.full-name"] as? String == "Ana")
    }

    @Test func closingTheTerminalSavesAndEnds() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        let pid = try #require(try session.stayformPID())
        try session.type("Budi")
        try session.waitFor("Budi")
        try session.close()
        #expect(ProcessTable.waitUntilGone(pid))
        #expect(try values(session.defaultDraft)["applicant.full-name"] as? String == "Budi")
    }

    @Test func aLostTerminalIsNoticedEvenWhenTheHangUpSignalIsIgnored() throws {
        let session = try TmuxSession(shellPrefix: "trap '' HUP; ")
        try session.startNewDraft()
        let pid = try #require(try session.stayformPID())
        try session.type("Citra")
        try session.waitFor("Citra")
        try session.close()
        // No signal arrives: the program must notice end of file, save, and exit, not spin.
        #expect(ProcessTable.waitUntilGone(pid))
        #expect(try values(session.defaultDraft)["applicant.full-name"] as? String == "Citra")
    }

    @Test func aSecondProcessIsToldWhoHoldsTheDraftAndMayOpenItReadOnly() throws {
        let first = try TmuxSession()
        try first.startNewDraft()
        try first.type("Dewi")
        try first.press("Tab")
        let second = try TmuxSession(workDirectory: first.workDirectory)
        #expect(second.waitForExit() == 2)
        let message = second.standardError()
        #expect(message.contains("is open in another stayform"))
        #expect(message.contains("--read-only"))
        let firstPID = try #require(try first.stayformPID())
        #expect(message.contains("process \(firstPID)"))

        let reader = try TmuxSession(arguments: ["--read-only"], workDirectory: first.workDirectory)
        try reader.resumeDraft()
        try reader.waitFor("following default.json, updated ")
        try reader.waitFor("Dewi")
        try reader.type("x")
        try reader.waitFor("Read-only")
        try reader.press("F10")
        #expect(reader.waitForExit() == 0)

        try first.press("Tab", "Tab")
        try first.type("Eka")
        try first.press("F10")
        #expect(first.waitForExit() == 0)
        let saved = try values(first.defaultDraft)
        #expect(saved["applicant.full-name"] as? String == "Dewi")
        #expect(saved["applicant.birth-place"] as? String == "Eka")
    }

    @Test func aLockLeftByADeadProcessIsTakenOver() throws {
        let first = try TmuxSession()
        try first.startNewDraft()
        let pid = try #require(try first.stayformPID())
        // The category chosen is a committed change: wait until it is on disk.
        let deadline = ContinuousClock.now + .seconds(5)
        while !FileManager.default.fileExists(atPath: first.defaultDraft.path), ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(pid, SIGKILL)
        #expect(ProcessTable.waitUntilGone(pid))
        let second = try TmuxSession(workDirectory: first.workDirectory)
        try second.resumeDraft()
        try second.press("F10")
        #expect(second.waitForExit() == 0)
    }

    @Test func aDamagedDraftIsReportedWithItsPositionAndLeftUntouched() throws {
        let work = try Scratch.makeDirectory()
        let draft = work.appendingPathComponent("damaged.json")
        let damaged = Data("{\n  \"formatVersion\": 1,\n  \"form\": { \"id\": \"stay-permit-extension\",\n".utf8)
        try damaged.write(to: draft)
        let session = try TmuxSession(arguments: ["--draft", draft.path], workDirectory: work)
        #expect(session.waitForExit() == 2)
        let message = session.standardError()
        #expect(message.contains(draft.path + ":"))
        #expect(message.range(of: #":\d+:\d+: "#, options: .regularExpression) != nil)
        #expect(try Data(contentsOf: draft) == damaged)
    }

    @Test func recoverOpensTheBackupOfADamagedDraft() throws {
        let session = try TmuxSession()
        try session.startNewDraft()
        try session.type("Fajar")
        try session.press("Tab")
        // The saver may join saves that follow each other closely: wait until the name is on
        // disk, so that the next save keeps that version as the backup.
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline,
            (try? values(session.defaultDraft)["applicant.full-name"] as? String) != "Fajar"
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try session.press("Tab", "Tab")
        try session.type("Kota")
        try session.press("Tab", "F10")
        #expect(session.waitForExit() == 0)
        // The later save keeps the one with the name as the backup; then the draft is damaged.
        let backup = URL(fileURLWithPath: session.defaultDraft.path + ".bak")
        #expect(FileManager.default.fileExists(atPath: backup.path))
        try Data("garbage".utf8).write(to: session.defaultDraft)

        let refused = try TmuxSession(workDirectory: session.workDirectory)
        #expect(refused.waitForExit() == 2)
        #expect(refused.standardError().contains("--recover"))

        let recovered = try TmuxSession(arguments: ["--recover"], workDirectory: session.workDirectory)
        try recovered.resumeDraft()
        try recovered.waitFor("Fajar")
        try recovered.press("F10")
        #expect(recovered.waitForExit() == 0)
        #expect(try values(session.defaultDraft)["applicant.full-name"] as? String == "Fajar")
    }
}
