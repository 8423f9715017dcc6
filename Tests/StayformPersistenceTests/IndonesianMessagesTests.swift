import Foundation
import StayformCore
import SystemPackage
import Testing
import TestSupport

@testable import StayformPersistence

/// Every message of the draft store and of pack and theme loading is written in Indonesian when
/// asked: not the English, not empty, and with the same facts (file, line and column, counts,
/// names in backticks), while `description` stays the English.
@Suite struct IndonesianMessagesTests {
    static let english = Language.english.words
    static let indonesian = Language.indonesian.words

    /// The facts a message must keep in any language: its numbers and the names it quotes in
    /// backticks (keys, ids, values the user typed in a pack).
    static func facts(of message: String) -> [String] {
        let numbers = message.matches(of: #/[0-9]+/#).map { String($0.output) }
        let quoted = message.matches(of: #/`[^`]*`/#).map { String($0.output) }
        return numbers + quoted
    }

    /// `indonesian` is a translation of `english`: different, not empty, keeping every fact.
    static func expectTranslated(
        _ english: String, _ indonesian: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!indonesian.isEmpty, sourceLocation: sourceLocation)
        #expect(indonesian != english, "\(english)", sourceLocation: sourceLocation)
        for fact in facts(of: english) {
            #expect(indonesian.contains(fact), "`\(fact)` lost in: \(indonesian)", sourceLocation: sourceLocation)
        }
    }

    /// A load error in Indonesian: same file and place, the problem translated.
    static func expectTranslated(_ error: LoadError, sourceLocation: SourceLocation = #_sourceLocation) {
        let english = error.description(in: english)
        let translated = error.description(in: indonesian)
        #expect(english == error.description, sourceLocation: sourceLocation)
        let place = String(english.prefix(english.count - error.message.count))
        #expect(translated.hasPrefix(place), "\(translated)", sourceLocation: sourceLocation)
        expectTranslated(error.message, error.message(in: indonesian), sourceLocation: sourceLocation)
    }

    @Test(arguments: FormPackValidationTests.cases)
    func everyPackMistakeIsExplainedInIndonesian(_ broken: BrokenPackCase) throws {
        let text = try #require(FormPackFixtures.minimal(replacing: broken.old, with: broken.new))
        guard case .failure(let problems) = FormPackLoader.validate(text: text, path: "packs/demo.yaml") else {
            Issue.record("the broken pack was accepted")
            return
        }
        for error in problems.errors { Self.expectTranslated(error) }
        #expect(problems.description(in: Self.english) == problems.description)
        #expect(problems.description(in: Self.indonesian).split(separator: "\n").count == problems.errors.count)
    }

    @Test(arguments: ["", "- a\n- list\n", "id: [unclosed\n", "title: x\ntitle: y\n"])
    func wholeFilePackProblemsAreExplainedInIndonesian(text: String) {
        guard case .failure(let problems) = FormPackLoader.validate(text: text, path: "p.yaml") else {
            Issue.record("accepted")
            return
        }
        for error in problems.errors { Self.expectTranslated(error) }
    }

    @Test func theFirstPackProblemCountsTheOthersInIndonesian() throws {
        let text = try #require(FormPackFixtures.minimal(replacing: "unit: IDR", with: "unit: EUR")?
            .replacingOccurrences(of: "severity: error", with: "severity: fatal"))
        let error = try #require(throws: LoadError.self) { try FormPackLoader.parse(text, path: "p.yaml") }
        Self.expectTranslated(error)
        #expect(error.message(in: Self.indonesian).contains("dan 1 masalah lain"))
        #expect(error.message(in: Self.indonesian).contains("stayform forms validate p.yaml"))
    }

    @Test func anUntranslatedPackTextIsListedInIndonesian() throws {
        let text = try #require(FormPackFixtures.minimal(replacing: "{ en: Demo, id: Contoh }", with: "Demo"))
        let review = FormPackLoader.review(text: text, path: "demo.yaml")
        let untranslated = try #require(review.untranslated.first)
        Self.expectTranslated(untranslated)
        #expect(untranslated.message(in: Self.indonesian).contains("{ en: …, id: … }"))
    }

    @Test(arguments: DraftLoadTests.badDrafts)
    func everyBadDraftIsExplainedInIndonesian(bad: DraftLoadTests.BadDraft) throws {
        let directory = DraftTestDirectory()
        let path = directory.file("draft.json")
        try directory.write(Array(bad.text.utf8), to: path)
        var file = DraftFile(path: path)
        let error = try #require(throws: LoadError.self) { try file.load(formID: DraftsFixtures.pack().id) }
        Self.expectTranslated(error)
        #expect(error.message(in: Self.indonesian).contains("tidak diubah"))
        #expect(!error.description(in: Self.indonesian).contains("Ana"), "an answer is quoted")
    }

    @Test func theBackupToRecoverIsNamedInIndonesian() throws {
        let directory = DraftTestDirectory()
        var writer = DraftFile(path: directory.file("draft.json"))
        try writer.save(DraftsFixtures.filledDraft())
        try writer.save(DraftsFixtures.filledDraft())
        try directory.write(Array("{".utf8), to: directory.file("draft.json"))
        var file = DraftFile(path: directory.file("draft.json"))
        let error = try #require(throws: LoadError.self) { try file.load(formID: DraftsFixtures.pack().id) }
        Self.expectTranslated(error)
        #expect(error.message(in: Self.indonesian).contains("draft.json.bak"))
        #expect(error.message(in: Self.indonesian).contains("--recover"))
    }

    @Test(arguments: ["", "   ", "/tmp/", "/dev/null"])
    func aBadDraftNameIsExplainedInIndonesian(name: String) throws {
        let error = try #require(throws: LoadError.self) { try DraftFile.editingPath(for: FilePath(name)) }
        Self.expectTranslated(error)
    }

    @Test func aLongMessageIsCutInEitherLanguage() throws {
        let name = String(repeating: "x", count: 3_000)
        let error = LoadError(path: "t.yaml", problem: Phrase { words in words("theme.unknown-role", ["role": name, "roles": "normal"]) })
        let translated = error.message(in: Self.indonesian)
        #expect(translated.unicodeScalars.count < LoadError.messageLimit + 50)
        #expect(translated.contains("karakter dihilangkan"))
        #expect(translated.hasSuffix("peran yang ada: normal"))
        // Each language cuts its own text: how much is left out differs.
        #expect(error.message.contains("characters left out"))
        #expect(error.description(in: Self.indonesian).hasPrefix("t.yaml: peran `xxx"))
    }

    static let saveFailures: [(DraftSaveError.Step, Errno?)] = [
        (.createDirectory, .noSpace), (.checkExisting, .diskQuotaExceeded), (.createTemporary, .permissionDenied),
        (.write, .readOnlyFileSystem), (.synchronize, .ioError), (.backup, .tooManyOpenFiles), (.replace, nil),
        (.synchronizeDirectory, .notPermitted),
    ]

    @Test func everySaveFailureIsExplainedInIndonesian() {
        for (step, errno) in Self.saveFailures {
            let error = DraftSaveError(path: "/home/ana/draft.json", step: step, errno: errno)
            #expect(error.description(in: Self.english) == error.description)
            Self.expectTranslated(error.description, error.description(in: Self.indonesian))
            #expect(error.description(in: Self.indonesian).hasPrefix("/home/ana/draft.json: tidak tersimpan: "))
            if let errno { #expect(error.message(in: Self.indonesian).contains(errno.description) == (errno == .tooManyOpenFiles)) }
        }
    }

    @Test func aSaveOverAChangedDraftIsRefusedInIndonesian() throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        try file.save(DraftsFixtures.filledDraft())
        try directory.write(Array("{}".utf8), to: directory.file("draft.json"))
        let error = try #require(throws: DraftSaveError.self) { try file.save(DraftsFixtures.filledDraft()) }
        Self.expectTranslated(error.description, error.description(in: Self.indonesian))
        #expect(error.message(in: Self.indonesian).contains("--draft"))
    }

    @Test func theBackgroundSaverReportsAFailureInTheLanguageOfTheMoment() throws {
        let directory = DraftTestDirectory()
        let fileSystem = DraftFaultyFileSystem()
        fileSystem.fail(.writeAll, with: .noSpace, pathSuffix: ".tmp")
        let log = DraftSaverTests.StatusLog()
        let saver = BackgroundDraftSaver(
            file: DraftFile(path: directory.file("draft.json"), fileSystem: fileSystem),
            words: { Language.indonesian.words }, timeOfDay: { "14:03:27" }, onStatus: log.record)
        saver.submit(DraftsFixtures.filledDraft())
        guard case .failed(let reason)? = log.next() else {
            Issue.record("no failure reported")
            return
        }
        let error = DraftSaveError(path: "", step: .write, errno: .noSpace)
        #expect(reason == error.message(in: Self.indonesian))
        Self.expectTranslated(error.message, reason)
    }

    @Test func everyLockProblemIsExplainedInIndonesian() {
        let errors = [
            DraftLockError(path: "d.json.lock", problem: .symbolicLink),
            DraftLockError(path: "d.json.lock", problem: .notALockFile),
            DraftLockError(path: "d.json.lock", errno: .permissionDenied),
            DraftLockError(path: "d.json.lock", errno: .readOnlyFileSystem),
            DraftLockError(path: "d.json.lock", errno: .noSpace),
        ]
        for error in errors {
            Self.expectTranslated(error.description, error.description(in: Self.indonesian))
            #expect(error.description(in: Self.indonesian).hasPrefix("d.json.lock: draf tidak dapat dikunci: "))
        }
    }

    @Test func anExportThatCannotBeWrittenIsExplainedInIndonesian() {
        for error in [ExportWriteError(path: "ana.md", cause: .fileExists), ExportWriteError(path: "ana.md", cause: .noSpace)] {
            Self.expectTranslated(error.description, error.description(in: Self.indonesian))
            #expect(error.description(in: Self.indonesian).hasPrefix("ana.md: "))
        }
    }

    @Test func everyFileReadProblemIsExplainedInIndonesian() {
        let problems: [FileReadError.Problem] = [
            .missing, .permissionDenied, .notRegular(.namedPipe), .notRegular(.characterDevice), .symbolicLink,
            .tooLarge(size: 9_437_184, limit: 8 << 20), .tooLarge(size: 2_000, limit: 1_000), .notText,
        ]
        for kind in ReadKind.allCases {
            for problem in problems {
                let error = FileReadError(path: "x.yaml", kind: kind, problem: problem)
                Self.expectTranslated(error.description, error.description(in: Self.indonesian))
                #expect(error.description(in: Self.indonesian).contains(kind.name(in: Self.indonesian)))
            }
        }
        let large = FileReadError(path: "x", kind: .draft, problem: .tooLarge(size: 9_437_184, limit: 8 << 20))
        #expect(large.reason(in: Self.indonesian).contains("8,0 MiB (9,0 MiB)"))
        #expect(large.reason == "it is larger than 8.0 MiB (9.0 MiB), the most a draft may be")
    }

    @Test func aThemeThatCannotBeUsedIsExplainedInIndonesian() throws {
        let shipped = try ThemeCatalogTests.shippedFolder()
        let user = try ThemeCatalogTests.folder(["ocean.yaml": ThemeCatalogTests.themeText(name: "ocean", warning: "bleu")])
        defer { for folder in [shipped, user] { try? FileManager.default.removeItem(at: folder) } }
        let catalog = ThemeCatalog.scan(shippedDirectory: shipped, userDirectory: user)
        let problem = try #require(catalog.problems.first)
        Self.expectTranslated(problem)
        let english = try #require(catalog.load(name: "ocean").problem)
        #expect(catalog.load(name: "ocean", in: Self.english).problem == english)
        let translated = try #require(catalog.load(name: "ocean", in: Self.indonesian).problem)
        Self.expectTranslated(english, translated)
        #expect(translated.contains(problem.description(in: Self.indonesian)))
        let unknown = try #require(catalog.load(name: "solarised", in: Self.indonesian).problem)
        #expect(unknown == "Tidak ada tema `solarised` (tema: default, night, paper; `stayform themes` "
            + "menampilkan daftarnya). Tema bawaan (default) yang dipakai.")
    }

    @Test(arguments: ThemeCatalogTests.brokenCases)
    func everyThemeMistakeIsExplainedInIndonesian(_ broken: ThemeCatalogTests.BrokenCase) {
        do {
            _ = try ThemeLoader.parse(broken.text, path: "ocean.yaml", expectedName: "ocean")
            Issue.record("accepted")
        } catch {
            Self.expectTranslated(error)
        }
    }

    @Test func aDamagedSettingsFileIsNoticedInIndonesian() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let file = UserSettingsFile(paths: StayformPaths(environment: ["XDG_CONFIG_HOME": config.path]))
        try FileManager.default.createDirectory(at: config.appendingPathComponent("stayform"), withIntermediateDirectories: true)
        for text in ["[1]", #"{"theme":"../x"}"#] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file.path.string))
            let english = try #require(file.load().notice)
            let translated = try #require(file.load(in: Self.indonesian).notice)
            Self.expectTranslated(english, translated)
            #expect(translated.hasPrefix(file.path.string))
        }
    }

    @Test func aPackThatCannotBeFoundIsExplainedInIndonesian() throws {
        let empty = try ThemeCatalogTests.folder([:])
        defer { try? FileManager.default.removeItem(at: empty) }
        for id in ["../../tmp/evil", "absent"] {
            let error = try #require(throws: LoadError.self) { try PackCatalog.installedPack(id: id, in: empty) }
            Self.expectTranslated(error)
        }
        let missing = PackCatalog.scan(directory: empty.appendingPathComponent("none"))
        for error in missing.problems { Self.expectTranslated(error) }
    }

    @Test func theCheckerExplainsAnUnreadableDraftInItsLanguage() throws {
        let directory = DraftTestDirectory()
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 30))
        try directory.write(Array("{\"formatVersion\": 0}".utf8), to: directory.file("bad.json"))
        var file = DraftFile(path: directory.file("good.json"))
        try file.save(DraftsFixtures.filledDraft())
        let paths = ["absent.json", "bad.json", "good.json"].map { directory.file($0).string }
        for path in paths {
            let packs: DraftChecker.PackSource = { _ throws(DraftChecker.PackUnavailable) in
                throw DraftChecker.PackUnavailable("Forms/x.yaml: gone")
            }
            var english = DraftChecker(today: today, packs: packs)
            var indonesian = DraftChecker(today: today, language: "id", packs: packs)
            let englishProblem = try #require(english.check(path: path).problem)
            let indonesianProblem = try #require(indonesian.check(path: path).problem)
            Self.expectTranslated(englishProblem, indonesianProblem)
            #expect(indonesianProblem.hasPrefix(path + ":"))
        }
    }

    @Test func anUnreadableAttachmentIsExplainedInTheReadersLanguage() throws {
        let directory = DraftTestDirectory()
        try directory.write([1, 2, 3], to: directory.file("present"))
        for path in [directory.file("absent.pdf"), directory.path] {
            let english = try #require(AttachmentReader().read(path).problem)
            let indonesian = try #require(AttachmentReader(words: Self.indonesian).read(path).problem)
            Self.expectTranslated(english, indonesian)
        }
    }

    @Test func sizesAreWrittenTheWayEachLanguageWritesThem() {
        #expect(Self.english.size(500) == "500 bytes")
        #expect(Self.indonesian.size(500) == "500 bita")
        #expect(Self.english.size(16 << 10) == "16 KiB")
        #expect(Self.english.size(1_572_864) == "1.5 MiB")
        #expect(Self.indonesian.size(1_572_864) == "1,5 MiB")
        for bytes in [0, 1023, 1024, 5_000_000] {
            #expect(Self.english.size(bytes) == ByteCount(bytes).description)
        }
    }
}
