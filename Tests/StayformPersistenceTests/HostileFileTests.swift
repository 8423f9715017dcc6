import Foundation
import Glibc
@testable import StayformPersistence
import SystemPackage
import StayformCore
import Testing

/// Files that are not what they claim to be — named pipes, devices, folders, links, huge or
/// malformed — are refused at once with a message naming the file and what it is.
@Suite struct HostileFileTests {
    static let formID = "stay-permit-extension"

    /// A named pipe with no writer: opening it to read blocks forever without `O_NONBLOCK`.
    static func fifo(in directory: DraftTestDirectory, named name: String) throws -> FilePath {
        try directory.write([], to: directory.file(".made"))
        let path = directory.file(name)
        try #require(mkfifo(path.string, 0o600) == 0)
        return path
    }

    @Test func aNamedPipeADeviceAndAFolderAreRefusedWithoutWaiting() throws {
        let directory = DraftTestDirectory()
        let pipe = try Self.fifo(in: directory, named: "pipe.json")
        let fileSystem = POSIXFileSystem()
        for (path, type) in [(pipe, FileType.namedPipe), ("/dev/zero", .characterDevice), (directory.path, .directory)] {
            let error = try #require(throws: FileReadError.self) { try fileSystem.readRegularFile(path, kind: .draft) }
            #expect(error.problem == .notRegular(type))
        }
        #expect(FileType.namedPipe.description == "a named pipe (FIFO)")
        #expect(FileType.characterDevice.description == "a device")
    }

    @Test func aFileOverItsKindsLimitIsRefusedNamingTheLimit() throws {
        let directory = DraftTestDirectory()
        let path = directory.file("big.lock")
        try directory.write(Array(repeating: 0x20, count: ReadKind.lockFile.limit + 1), to: path)
        let error = try #require(throws: FileReadError.self) { try POSIXFileSystem().readRegularFile(path, kind: .lockFile) }
        #expect(error.problem == .tooLarge(size: ReadKind.lockFile.limit + 1, limit: ReadKind.lockFile.limit))
        #expect(error.description.contains("larger than 4 KiB"))
        try directory.write(Array(repeating: 0x20, count: ReadKind.lockFile.limit), to: path)
        #expect(try POSIXFileSystem().readRegularFile(path, kind: .lockFile).bytes.count == ReadKind.lockFile.limit)
    }

    @Test func aLinkIsRefusedWhereLinksAreNotFollowed() throws {
        let directory = DraftTestDirectory()
        try directory.write(Array("x".utf8), to: directory.file("target"))
        try #require(symlink(directory.file("target").string, directory.file("link").string) == 0)
        let fileSystem = POSIXFileSystem()
        #expect(try fileSystem.readRegularFile(directory.file("link"), kind: .theme).bytes == Array("x".utf8))
        let error = try #require(throws: FileReadError.self) {
            try fileSystem.readRegularFile(directory.file("link"), kind: .theme, followingLinks: false)
        }
        #expect(error.problem == .symbolicLink)
    }

    @Test func aDraftThatIsAPipeOrADeviceOrAFolderIsALoadErrorSayingSo() throws {
        let directory = DraftTestDirectory()
        let pipe = try Self.fifo(in: directory, named: "pipe.json")
        for (path, says) in [(pipe, "a named pipe"), ("/dev/zero", "a device"), (directory.path, "a folder")] {
            var file = DraftFile(path: path)
            let error = try #require(throws: LoadError.self) { try file.load(formID: Self.formID) }
            #expect(error.message.contains(says), "\(error)")
        }
    }

    @Test(arguments: [
        ("\u{FEFF}{\"formatVersion\": 1}", "byte-order mark", 1, 1),
        ("{\"formatVersion\": 1,\n  \"formatVersion\": 1}", "appears twice", 2, 3),
        ("{\"formatVersion\": 1e309}", "too large", 1, 19),
        ("{\"a\": \"x\\ud800\"}", "surrogate", 1, 9),
        ("{\"a\": \"\\udc00\\ud800\"}", "surrogate", 1, 8),
        ("{\"a\": \"" + String(repeating: "é", count: ReadKind.valueLimit) + "\"}", "longer than the 16 KiB", 1, 7),
    ])
    func malformedDraftsAreNamedPreciselyWithTheirPlace(text: String, says: String, line: Int, column: Int) throws {
        let directory = DraftTestDirectory()
        let path = directory.file("draft.json")
        try directory.write(Array(text.utf8), to: path)
        var file = DraftFile(path: path)
        let error = try #require(throws: LoadError.self) { try file.load(formID: Self.formID) }
        #expect(error.message.contains(says), "\(error)")
        #expect(error.line == line && error.column == column, "\(error)")
    }

    @Test(arguments: [
        ("{\"a\": \"\\ud83d\\ude00\"}", JSONValue.object(["a": .string("😀")])),
        ("{\"a\": 1.5e308, \"b\": {\"a\": 2}}", .object(["a": .number(1.5e308), "b": .object(["a": .integer(2)])])),
    ] as [(String, JSONValue)])
    func surrogatePairsLargeNumbersAndSameNamesInOtherObjectsAreFine(text: String, value: JSONValue) throws {
        #expect(try DraftJSONLocator.value(in: Array(text.utf8)) == value)
    }

    @Test func aLockFileThatIsALinkIsRefusedAndItsTargetUntouched() throws {
        let directory = DraftTestDirectory()
        let victim = directory.file("victim.txt")
        try directory.write(Array("precious".utf8), to: victim)
        try #require(symlink(victim.string, directory.file("draft.json.lock").string) == 0)
        let error = try #require(throws: DraftLockError.self) { try DraftLock.acquire(forDraftAt: directory.file("draft.json")) }
        #expect(error.problem == .symbolicLink)
        #expect(error.description.contains("symbolic link"))
        #expect(directory.bytes(victim) == Array("precious".utf8))
    }

    @Test func aLockFileWithAnotherNameOrOtherContentIsNeverTruncated() throws {
        let directory = DraftTestDirectory()
        let victim = directory.file("victim.txt")
        try directory.write(Array("precious".utf8), to: victim)
        try #require(link(victim.string, directory.file("draft.json.lock").string) == 0)
        var error = try #require(throws: DraftLockError.self) { try DraftLock.acquire(forDraftAt: directory.file("draft.json")) }
        #expect(error.problem == .notALockFile)
        #expect(directory.bytes(victim) == Array("precious".utf8))

        try directory.write(Array("not a lock record".utf8), to: directory.file("other.json.lock"))
        error = try #require(throws: DraftLockError.self) { try DraftLock.acquire(forDraftAt: directory.file("other.json")) }
        #expect(error.problem == .notALockFile)
        #expect(directory.bytes(directory.file("other.json.lock")) == Array("not a lock record".utf8))
    }

    @Test func aLockFileThatIsAPipeOrAFolderIsRefusedWithoutWaiting() throws {
        let directory = DraftTestDirectory()
        _ = try Self.fifo(in: directory, named: "draft.json.lock")
        var error = try #require(throws: DraftLockError.self) { try DraftLock.acquire(forDraftAt: directory.file("draft.json")) }
        #expect(error.problem == .notALockFile)
        try FileManager.default.createDirectory(atPath: directory.file("other.json.lock").string, withIntermediateDirectories: false)
        error = try #require(throws: DraftLockError.self) { try DraftLock.acquire(forDraftAt: directory.file("other.json")) }
        #expect(error.problem == .notALockFile)
    }

    @Test func themesAndPacksThatArePipesOrDevicesAreLoadErrorsSayingSo() throws {
        let directory = DraftTestDirectory()
        let pipe = try Self.fifo(in: directory, named: "ocean.yaml")
        let themeError = try #require(throws: LoadError.self) {
            try ThemeLoader.load(contentsOf: URL(fileURLWithPath: pipe.string))
        }
        #expect(themeError.message.contains("a named pipe"))
        #expect(!themeError.message.contains("permission"))
        let packError = try #require(throws: LoadError.self) {
            try FormPackLoader.load(contentsOf: URL(fileURLWithPath: "/dev/zero"))
        }
        #expect(packError.message.contains("a device"))
    }

    @Test func attachmentsThatArePipesOrDevicesAreUnreadableAtOnce() throws {
        let directory = DraftTestDirectory()
        let pipe = try Self.fifo(in: directory, named: "scan.jpg")
        for (path, says) in [(pipe, "a named pipe"), ("/dev/zero", "a device"), ("/dev/urandom", "a device")] {
            let facts = AttachmentReader().read(path)
            #expect(!facts.isReadable)
            #expect(facts.problem?.contains(says) == true, "\(facts)")
        }
    }

    @Test func aDraftNameThatIsEmptyAFolderOrAPipeIsRefusedBeforeAnythingIsCreated() throws {
        let directory = DraftTestDirectory()
        let pipe = try Self.fifo(in: directory, named: "pipe.json")
        for (path, says) in [
            (FilePath(""), "name is empty"), ("/", "a folder"), (directory.path, "a folder"),
            (directory.file(".."), "a folder"), (pipe, "a named pipe"),
        ] {
            let error = try #require(throws: LoadError.self) { try DraftFile.editingPath(for: path) }
            #expect(error.message.contains(says), "\(error)")
        }
        #expect(directory.listing() == [".made", "pipe.json"])
    }

    @Test func aLinkedDraftIsRefusedForEditingFollowedForReadingAndADanglingLinkIsRefused() throws {
        let directory = DraftTestDirectory()
        try directory.write(Array("{}".utf8), to: directory.file("real.json"))
        try #require(symlink("real.json", directory.file("link.json").string) == 0)
        let real = try POSIXFileSystem().resolvingLinks(directory.file("real.json"))
        let refused = try #require(throws: LoadError.self) { try DraftFile.editingPath(for: directory.file("link.json")) }
        #expect(refused.message.contains("symbolic link to \(real.string)"))
        #expect(refused.message.contains("--read-only"))
        let (path, link) = try DraftFile.editingPath(for: directory.file("link.json"), readingOnly: true)
        #expect(path == real)
        #expect(link == directory.file("link.json"))
        let new = try DraftFile.editingPath(for: directory.file("new.json"))
        #expect(new.path == directory.file("new.json") && new.linkedFrom == nil)

        try #require(symlink("nowhere.json", directory.file("dangling.json").string) == 0)
        for readingOnly in [false, true] {
            let error = try #require(throws: LoadError.self) {
                try DraftFile.editingPath(for: directory.file("dangling.json"), readingOnly: readingOnly)
            }
            #expect(error.message.contains("symbolic link to a file that does not exist"))
        }
        #expect(directory.listing().filter { $0 != ".made" } == ["dangling.json", "link.json", "real.json"])
    }

    @Test(arguments: ["../../tmp/evil", "/tmp/evil", "Stay", "a/b", "", "evil\u{1B}[2J"])
    func aFormIDThatIsNotANameIsRefusedWithoutReadingAnyFile(id: String) throws {
        let directory = DraftTestDirectory()
        let error = try #require(throws: LoadError.self) {
            try PackCatalog.installedPack(id: id, in: URL(fileURLWithPath: directory.path.string))
        }
        #expect(error.message.contains("is not a form pack id"))
    }

    @Test func aPackIsLookedUpByNameAndMustSayItIsThatPack() throws {
        let directory = DraftTestDirectory()
        let forms = URL(fileURLWithPath: directory.path.string)
        var error = try #require(throws: LoadError.self) { try PackCatalog.installedPack(id: "absent", in: forms) }
        #expect(error.message.contains("no form pack `absent` is installed"))
        let voa = try #require(FormPackFixtures.shippedPackURLs.first { $0.lastPathComponent == "voa-extension.yaml" })
        let shipped = try String(contentsOf: voa, encoding: .utf8)
        try directory.write(Array(shipped.utf8), to: directory.file("other.yaml"))
        error = try #require(throws: LoadError.self) { try PackCatalog.installedPack(id: "other", in: forms) }
        #expect(error.message.contains("not `other`"))
    }

    @Test func aHugeKeyQuotedInAMessageIsShortenedKeepingTheAdvice() throws {
        let text = "name: wide\nstyles:\n  normal: { fg: " + String(repeating: "k", count: 500_000) + " }\n"
        let error = try #require(throws: LoadError.self) { try ThemeLoader.parse(text, path: "wide.yaml") }
        #expect(error.message.unicodeScalars.count < LoadError.messageLimit + 50)
        #expect(error.message.contains("characters left out"))
        #expect(error.message.hasSuffix("or a number 0–255"))
    }
}
