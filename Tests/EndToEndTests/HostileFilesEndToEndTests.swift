import Foundation
import Testing

/// The built binary given named pipes, devices, folders, links and huge files where it expects
/// drafts, attachments, themes and locks: a clear message at once, never a hang, nothing
/// followed where it writes.
@Suite(.serialized) struct HostileFilesEndToEndTests {
    private static func draft(_ values: [String: String], attachments: [String] = [], formID: String = "stay-permit-extension") -> Data {
        let object: [String: Any] = [
            "formatVersion": 1, "form": ["id": formID, "edition": "2026-11"], "values": values,
            "attachments": ["passport": attachments.map { ["path": $0, "size": 1, "detectedType": "x", "sha256": "00"] }],
        ]
        return (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    }

    private static func values(_ url: URL) throws -> [String: Any] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try #require(json["values"] as? [String: Any])
    }

    @Test func checkRefusesADeviceAPipeAFolderAndAHugeDraftAtOnce() throws {
        let directory = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pipe = directory.appendingPathComponent("pipe.json").path
        try #require(mkfifo(pipe, 0o600) == 0)
        let huge = directory.appendingPathComponent("huge.json")
        try Self.draft(["applicant.full-name": String(repeating: "A", count: 9 << 20)]).write(to: huge)
        let long = directory.appendingPathComponent("long.json")
        try Self.draft(["applicant.full-name": String(repeating: "A\u{301}", count: 1 << 20)]).write(to: long)
        let result = try Repository.stayform(["check", "--today", "2026-11-21", "/dev/zero", pipe, directory.path, huge.path, long.path])
        #expect(result.status == 2)
        #expect(result.error.contains("/dev/zero: cannot read the draft: it is a device, not a regular file"))
        #expect(result.error.contains("pipe.json: cannot read the draft: it is a named pipe (FIFO), not a regular file"))
        #expect(result.error.contains("this is a folder, not a draft"))
        #expect(result.error.contains("huge.json: cannot read the draft: it is larger than 8.0 MiB (9.0 MiB)"))
        #expect(result.error.contains("long.json:1:"))
        #expect(result.error.contains("longer than the 16 KiB any answer may be"))
        #expect(result.output.contains("5 drafts checked"))
    }

    @Test func attachmentsThatAreDevicesOrPipesAreFindingsNotHangs() throws {
        let directory = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pipe = directory.appendingPathComponent("scan.jpg").path
        try #require(mkfifo(pipe, 0o600) == 0)
        let draft = directory.appendingPathComponent("ana.json")
        try Self.draft(["applicant.full-name": "Ana Lima"], attachments: ["/dev/zero", "/dev/urandom", pipe]).write(to: draft)
        let result = try Repository.stayform(["check", "--today", "2026-11-21", draft.path])
        #expect(result.status == 1)
        #expect(result.output.contains("/dev/zero cannot be read: it is a device, not a regular file"))
        #expect(result.output.contains("/dev/urandom cannot be read: it is a device, not a regular file"))
        #expect(result.output.contains("scan.jpg cannot be read: it is a named pipe (FIFO), not a regular file"))
    }

    @Test func aThemeThatIsAPipeIsNamedAsOneNotAsAPermissionProblem() throws {
        let directory = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let themes = directory.appendingPathComponent("stayform/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try #require(mkfifo(themes.appendingPathComponent("ocean.yaml").path, 0o600) == 0)
        let result = try Repository.stayform(["themes"], environment: ["XDG_CONFIG_HOME": directory.path])
        #expect(result.status == 0)
        #expect(result.error.contains("ocean.yaml: cannot read the theme file: it is a named pipe (FIFO), not a regular file"))
        #expect(!result.error.contains("permission"))
    }

    @Test(arguments: [
        ("/", "/: this is a folder, not a draft"),
        ("", "the draft's name is empty"),
        ("folder", "folder: this is a folder, not a draft"),
        ("pipe.json", "pipe.json: this is a named pipe (FIFO), not a draft file"),
        ("dangling.json", "this is a symbolic link to a file that does not exist"),
    ])
    func aDraftNameThatIsNotAFileIsRefusedLeavingNothingBehind(name: String, says: String) throws {
        let work = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work.appendingPathComponent("folder"), withIntermediateDirectories: true)
        try #require(mkfifo(work.appendingPathComponent("pipe.json").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("dangling.json").path, withDestinationPath: "nowhere.json")
        let before = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
        let session = try TmuxSession(arguments: ["--draft", name.hasPrefix("/") || name.isEmpty ? name : work.appendingPathComponent(name).path], workDirectory: work)
        #expect(session.waitForExit() == 2)
        #expect(session.standardError().contains(says))
        let after = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted().filter { !$0.hasPrefix("exit-status") && !$0.hasPrefix("stderr") }
        #expect(after == before)
        #expect(!FileManager.default.fileExists(atPath: "/.lock"))
    }

    @Test func aLinkedDraftIsNeverWrittenThroughButCanBeReadOnly() throws {
        let work = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let real = work.appendingPathComponent("synced/extension.json")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.draft(["applicant.full-name": "Ana"]).write(to: real)
        let original = try Data(contentsOf: real)
        let link = work.appendingPathComponent("visa.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "synced/extension.json")

        let editing = try TmuxSession(arguments: ["--draft", link.path], workDirectory: work)
        #expect(editing.waitForExit() == 2)
        #expect(editing.standardError().contains("visa.json: this is a symbolic link to \(real.path)"))
        #expect(editing.standardError().contains("--draft \(real.path)"))

        let reading = try TmuxSession(arguments: ["--draft", link.path, "--read-only"], workDirectory: work)
        _ = try reading.waitFor("Read only, nothing is saved")
        try reading.press("F10")
        #expect(reading.waitForExit() == 0)

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "synced/extension.json")
        #expect(try Data(contentsOf: real) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.deletingLastPathComponent().path) == ["extension.json"])
        #expect(!FileManager.default.fileExists(atPath: link.path + ".lock"))
    }

    @Test func aLockThatIsALinkIsRefusedAndItsTargetKept() throws {
        let work = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let victim = work.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let draft = work.appendingPathComponent("k.json")
        try FileManager.default.createSymbolicLink(atPath: draft.path + ".lock", withDestinationPath: victim.path)
        let session = try TmuxSession(arguments: ["--draft", draft.path], workDirectory: work)
        #expect(session.waitForExit() == 2)
        #expect(session.standardError().contains("k.json.lock: cannot lock the draft: it is a symbolic link"))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
    }

    @Test func aDraftWhoseFormIDIsAPathIsRefusedWithoutReadingThatPath() throws {
        let directory = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let evil = directory.appendingPathComponent("evilpack.yaml")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Forms/voa-extension.yaml"), to: evil)
        let draft = directory.appendingPathComponent("d.json")
        try Self.draft([:], formID: "../../../../../../../../" + directory.appendingPathComponent("evilpack").path).write(to: draft)
        for command in ["check", "export"] {
            let result = try Repository.stayform([command, "--today", "2026-11-21", draft.path])
            #expect(result.status == 2)
            #expect(result.error.contains("is not a form pack id"))
            #expect(!result.output.contains("e-VOA"))
        }
    }

    @Test func theWizardOpensADraftWithAPipeAndADeviceAttachedAndQuits() throws {
        let work = try Scratch.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let pipe = work.appendingPathComponent("scan.jpg").path
        try #require(mkfifo(pipe, 0o600) == 0)
        let draft = work.appendingPathComponent("ana.json")
        try Self.draft(["applicant.full-name": "Ana Lima"], attachments: [pipe, "/dev/zero"]).write(to: draft)
        let session = try TmuxSession(arguments: ["--draft", draft.path], workDirectory: work)
        try session.resumeDraft()
        try session.waitFor("Ana Lima")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        #expect(try Self.values(draft)["applicant.full-name"] as? String == "Ana Lima")
    }
}
