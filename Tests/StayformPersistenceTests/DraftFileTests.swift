import Foundation
import StayformCore
@testable import StayformPersistence
import SystemPackage
import Testing
import TestSupport

@Suite struct DraftFileTests {
    let formID = DraftsFixtures.pack().id

    @Test func aSavedDraftLoadsBackPrivately() throws {
        let directory = DraftTestDirectory()
        let nested = directory.path.appending("state/stayform")
        var file = DraftFile(path: nested.appending("draft.json"))
        let draft = DraftsFixtures.filledDraft()
        try file.save(draft)

        var reopened = DraftFile(path: file.path)
        #expect(try reopened.load(formID: formID) == draft)
        #expect(try directory.permissions(file.path) == [.ownerReadWrite])
        #expect(try directory.permissions(nested) == [.ownerReadWriteExecute])
        #expect(try directory.permissions(directory.path.appending("state")) == [.ownerReadWriteExecute])
        #expect(directory.listing(nested) == ["draft.json"])
    }

    @Test(arguments: ["tab\there", "line\nbreak", "nul\u{0}and\u{1F}", "quote\" and \\ backslash", "é 😀 \u{2028}", ""])
    func awkwardValuesSurviveASaveAndLoad(value: String) throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        var draft = DraftsFixtures.filledDraft()
        draft.values["applicant.full-name"] = value
        draft.restatements["passport", default: [:]][value] = .differs(value)
        try file.save(draft)
        var reopened = DraftFile(path: file.path)
        #expect(try reopened.load(formID: formID) == draft)
    }

    @Test func noFileMeansNoDraft() throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        #expect(try file.load(formID: formID) == nil)
    }

    @Test func eachSaveKeepsThePreviousVersionAsTheBackup() throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        var draft = DraftsFixtures.filledDraft()
        try file.save(draft)
        #expect(directory.bytes(file.backupPath) == nil)
        let first = directory.bytes(file.path)

        draft.values["applicant.email"] = "ana@example.org"
        try file.save(draft)
        #expect(directory.bytes(file.backupPath) == first)
        #expect(try directory.permissions(file.backupPath) == [.ownerReadWrite])
        #expect(directory.listing() == ["draft.json", "draft.json.bak"])
    }

    @Test func unknownKeysSurviveALoadAndSave() throws {
        let directory = DraftTestDirectory()
        var draft = DraftsFixtures.filledDraft()
        draft.unknownKeys = ["signature": .object(["by": .string("sponsor"), "pages": .array([.integer(1), .integer(2)])])]
        var writer = DraftFile(path: directory.file("draft.json"))
        try writer.save(draft)

        var file = DraftFile(path: directory.file("draft.json"))
        var loaded = try #require(try file.load(formID: formID))
        loaded.values["applicant.email"] = "ana@example.org"
        try file.save(loaded)
        var again = DraftFile(path: directory.file("draft.json"))
        #expect(try again.load(formID: formID)?.unknownKeys == draft.unknownKeys)
    }

    /// One injected failure and the step a save must report.
    struct Fault: Sendable, CustomTestStringConvertible {
        var operation: DraftFaultyFileSystem.Operation
        var errno: Errno
        var pathSuffix: String
        var step: DraftSaveError.Step
        var advice: String
        var testDescription: String { "\(operation) \(errno) → \(step)" }
    }

    static let faults: [Fault] = [
        Fault(operation: .open, errno: .permissionDenied, pathSuffix: ".tmp", step: .createTemporary, advice: "permission denied"),
        Fault(operation: .open, errno: .noSpace, pathSuffix: ".tmp", step: .createTemporary, advice: "disk is full"),
        Fault(operation: .writeAll, errno: .noSpace, pathSuffix: ".tmp", step: .write, advice: "disk is full"),
        Fault(operation: .writeAll, errno: .diskQuotaExceeded, pathSuffix: ".tmp", step: .write, advice: "quota"),
        Fault(operation: .synchronize, errno: .ioError, pathSuffix: ".tmp", step: .synchronize, advice: "input/output error"),
        Fault(operation: .link, errno: .noSpace, pathSuffix: "draft.json", step: .backup, advice: "disk is full"),
        Fault(operation: .rename, errno: .ioError, pathSuffix: "draft.json.bak", step: .backup, advice: "input/output error"),
        Fault(operation: .rename, errno: .noSpace, pathSuffix: "draft.json", step: .replace, advice: "disk is full"),
        Fault(operation: .rename, errno: .permissionDenied, pathSuffix: "draft.json", step: .replace, advice: "permission denied"),
        Fault(operation: .rename, errno: .readOnlyFileSystem, pathSuffix: "draft.json", step: .replace, advice: "read-only"),
        Fault(operation: .status, errno: .ioError, pathSuffix: "draft.json", step: .checkExisting, advice: "input/output error"),
    ]

    @Test(arguments: faults)
    func aFailedStepMeansNotSavedAndThePreviousDraftIntact(fault: Fault) throws {
        let directory = DraftTestDirectory()
        let fileSystem = DraftFaultyFileSystem()
        var file = DraftFile(path: directory.file("draft.json"), fileSystem: fileSystem)
        let original = DraftsFixtures.filledDraft()
        try file.save(original)
        try file.save(original)
        let before = try #require(directory.bytes(file.path))
        let backupBefore = directory.bytes(file.backupPath)

        var changed = original
        changed.values["applicant.full-name"] = "Ana Maria Lima"
        fileSystem.fail(fault.operation, with: fault.errno, pathSuffix: fault.pathSuffix)
        let error = try #require(throws: DraftSaveError.self) { try file.save(changed) }
        #expect(error.step == fault.step)
        #expect(error.errno == fault.errno)
        #expect(error.description.contains(fault.advice))
        #expect(error.description.hasPrefix(file.path.string + ": not saved"))
        #expect(!error.description.contains("Ana"))
        #expect(directory.bytes(file.path) == before, "the draft on disk changed although the save failed")
        #expect(directory.bytes(file.backupPath) == backupBefore)
        #expect(directory.listing() == ["draft.json", "draft.json.bak"], "a temporary file was left behind")

        fileSystem.healAll()
        try file.save(changed)
        var reopened = DraftFile(path: file.path)
        #expect(try reopened.load(formID: formID) == changed)
    }

    @Test func aFailedFolderFlushIsReportedAsNotSaved() throws {
        let directory = DraftTestDirectory()
        let fileSystem = DraftFaultyFileSystem()
        var file = DraftFile(path: directory.file("draft.json"), fileSystem: fileSystem)
        try file.save(DraftsFixtures.filledDraft())
        let folderName = try #require(directory.path.lastComponent?.string)
        fileSystem.fail(.synchronize, with: .ioError, pathSuffix: folderName)
        let error = try #require(throws: DraftSaveError.self) { try file.save(DraftsFixtures.filledDraft()) }
        #expect(error.step == .synchronizeDirectory)
        fileSystem.healAll()
        try file.save(DraftsFixtures.filledDraft())
    }

    @Test func aFolderThatCannotBeCreatedIsReported() throws {
        let directory = DraftTestDirectory()
        let fileSystem = DraftFaultyFileSystem()
        var file = DraftFile(path: directory.path.appending("private/draft.json"), fileSystem: fileSystem)
        fileSystem.fail(.createDirectory, with: .permissionDenied, pathSuffix: "private")
        let error = try #require(throws: DraftSaveError.self) { try file.save(DraftsFixtures.filledDraft()) }
        #expect(error.step == .createDirectory && error.errno == .permissionDenied)
    }

    @Test func temporaryFilesLeftByACrashAreRemovedAtTheFirstSave() throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        let leftovers = [".draft.json.1.42.tmp", ".draft.json.bak.7.9.tmp"]
        let unrelated = [".draft.json.notes.tmp", ".other.json.1.42.tmp", "draft.json.broken-1", ".draft.json.\(getpid()).5.tmp"]
        for name in leftovers + unrelated { try directory.write([1, 2, 3], to: directory.file(name)) }
        try file.save(DraftsFixtures.filledDraft())
        #expect(directory.listing() == (unrelated + ["draft.json"]).sorted())
    }

    @Test func aDraftChangedByAnotherProgramIsNotOverwritten() throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        try file.save(DraftsFixtures.filledDraft())
        let foreign = Array(#"{"formatVersion": 1, "form": {"id": "stay-permit-extension", "edition": "x"}}"#.utf8)
        try directory.write(foreign, to: file.path)

        let error = try #require(throws: DraftSaveError.self) { try file.save(DraftsFixtures.filledDraft()) }
        #expect(error.step == .checkExisting)
        #expect(directory.bytes(file.path) == foreign)
    }
}
