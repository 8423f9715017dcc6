import Foundation
import Testing

/// The language the built binary speaks: `--lang`, else the draft's remembered language (for a
/// draft being opened), else LC_ALL/LC_MESSAGES/LANG, else English; `check` and `--help` in
/// Indonesian with the same exit statuses and JSON ids; the man page's source stays English.
///
/// Texts asserted here are the command line's own (catalog group "Command line") and the form
/// pack's Indonesian texts.
@Suite struct LanguageEndToEndTests {
    static let indonesian = ["LANG": "id_ID.UTF-8"]
    /// The Indonesian label of the document every example's name note points at (from the pack).
    static let permitLabel = "Izin saat ini (e-VOA, e-Visa, e-ITAS atau e-ITAP)"
    static let permitLabelEnglish = "Current permit (e-VOA, e-Visa, e-ITAS or e-ITAP)"

    static let examples = [
        "clean-evoa.json", "evoa-valid-until.json", "expired-permit.json", "oversize-photo.json",
        "passport-expiring.json", "sponsor-name-mismatch.json",
    ]

    func check(_ arguments: [String], environment: [String: String] = [:]) throws -> Shell.Result {
        try Repository.stayform(["check", "--today", "2026-11-21"] + arguments, environment: environment)
    }

    /// Every example is shipped, so the list above misses none.
    @Test func theListedExamplesAreAllTheExamples() throws {
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Repository.examples.path)
            .filter { $0.hasSuffix(".json") }
        #expect(shipped.sorted() == Self.examples)
    }

    /// The parts of a JSON report that never change with the language: every key, every array's
    /// length, and the value of every key but the texts written for people.
    static func skeleton(_ value: Any, key: String? = nil) -> Any {
        let texts: Set<String> = ["advice", "detail", "label", "value", "source", "note", "title", "category", "holidayCaveat", "problems"]
        switch value {
        case let object as [String: Any]:
            return object.keys.sorted().map { "\($0): \(skeleton(object[$0] as Any, key: $0))" }
        case let array as [Any]:
            return array.map { skeleton($0, key: key) }
        default:
            return key.map { texts.contains($0) } == true ? "text" : "\(value)"
        }
    }

    @Test(arguments: examples)
    func checkInIndonesianKeepsStatusIdsAndKeys(example: String) throws {
        let path = Repository.example(example)
        let english = try check([path])
        let indonesian = try check(["--lang", "id", path])
        #expect(indonesian.status == english.status)
        #expect([0, 1].contains(english.status), "\(english.error)")
        #expect(indonesian.output.contains(Self.permitLabel), "\(indonesian.output)")
        #expect(!english.output.contains(Self.permitLabel))
        #expect(english.output.contains(Self.permitLabelEnglish))

        let englishJSON = try check(["--format", "json", path])
        let indonesianJSON = try check(["--format", "json", "--lang", "id", path])
        #expect(indonesianJSON.status == englishJSON.status)
        let englishObject = try JSONSerialization.jsonObject(with: Data(englishJSON.output.utf8))
        let indonesianObject = try JSONSerialization.jsonObject(with: Data(indonesianJSON.output.utf8))
        #expect("\(Self.skeleton(indonesianObject))" == "\(Self.skeleton(englishObject))")
        #expect(indonesianJSON.output.contains(Self.permitLabel))
    }

    @Test(arguments: examples)
    func exportInIndonesianKeepsIdsAndKeys(example: String) throws {
        let path = Repository.example(example)
        func export(_ arguments: [String]) throws -> Shell.Result {
            try Repository.stayform(["export", "--today", "2026-11-21"] + arguments + [path])
        }
        let text = try export(["--format", "text", "--lang", "id"])
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("1.1 Nama lengkap sesuai paspor: "), "\(text.output)")
        let markdown = try export(["--lang", "id"])
        #expect(markdown.output.contains("Perpanjangan Izin Tinggal"))

        let english = try export(["--format", "json"])
        let indonesian = try export(["--format", "json", "--lang", "id"])
        #expect(english.status == 0 && indonesian.status == 0)
        let englishObject = try JSONSerialization.jsonObject(with: Data(english.output.utf8))
        let indonesianObject = try JSONSerialization.jsonObject(with: Data(indonesian.output.utf8))
        #expect("\(Self.skeleton(indonesianObject))" == "\(Self.skeleton(englishObject))")
    }

    @Test func checkFollowsLangAndLangOverridesIt() throws {
        let path = Repository.example("sponsor-name-mismatch.json")
        let fromLocale = try check([path], environment: Self.indonesian)
        #expect(fromLocale.status == 1)
        #expect(fromLocale.output.contains(Self.permitLabel))
        #expect(fromLocale.output.contains("Nama Penjamin berbeda dari e-KTP."))

        let overridden = try check(["--lang", "en", path], environment: Self.indonesian)
        #expect(overridden.status == 1)
        #expect(overridden.output.contains(Self.permitLabelEnglish))
        #expect(!overridden.output.contains(Self.permitLabel))

        // LC_ALL decides before LANG, as setlocale would.
        let cLocale = try check([path], environment: ["LC_ALL": "C", "LANG": "id_ID.UTF-8"])
        #expect(cLocale.output.contains(Self.permitLabelEnglish))
        let messages = try check([path], environment: ["LC_MESSAGES": "id_ID", "LANG": "en_US.UTF-8"])
        #expect(messages.output.contains(Self.permitLabel))
    }

    @Test func theCommandLinesOwnMessagesAreInTheChosenLanguage() throws {
        let path = Repository.example("clean-evoa.json")
        let indonesian = try Repository.stayform(["check", "--today", "2026-13-01", path], environment: Self.indonesian)
        #expect(indonesian.status == 2)
        #expect(indonesian.error == "stayform: --today 2026-13-01 bukan tanggal: tulis sebagai YYYY-MM-DD, misalnya 2026-11-21\n")
        let english = try Repository.stayform(["check", "--lang", "en", "--today", "2026-13-01", path], environment: Self.indonesian)
        #expect(english.error == "stayform: --today 2026-13-01 is not a date: write it as YYYY-MM-DD, e.g. 2026-11-21\n")

        let unknownPack = try Repository.stayform(["forms", "show", "--lang", "id", "no-such-pack"])
        #expect(unknownPack.status == 2)
        #expect(unknownPack.error.contains("tidak ada paket formulir terpasang dengan id `no-such-pack`"))

        let themes = try Repository.stayform(["themes", "--lang", "id"])
        #expect(themes.status == 0)
        #expect(themes.output.split(separator: "\n").contains { $0.hasPrefix("default\t") && $0.hasSuffix("\tbawaan") })

        let valid = try Repository.stayform(
            ["forms", "validate", "--lang", "id", Repository.root.appendingPathComponent("Forms/voa-extension.yaml").path])
        #expect(valid.status == 0)
        #expect(valid.output.contains(": paket formulir `voa-extension` valid, edisi "), "\(valid.output)")

        let list = try Repository.stayform(["forms", "--lang", "id"])
        #expect(list.output.contains("stay-permit-extension\tPerpanjangan Izin Tinggal\t"))
    }

    @Test func helpIsInIndonesianWithLangOrTheLocale() throws {
        for (arguments, environment) in [
            (["--lang", "id", "--help"], [:]), (["--help"], Self.indonesian), (["help"], Self.indonesian),
        ] {
            let help = try Repository.stayform(arguments, environment: environment)
            #expect(help.status == 0)
            #expect(help.output.contains("PEMAKAIAN: stayform [--draft <path>]"), "\(arguments): \(help.output)")
            #expect(help.output.contains("OPSI:"))
            #expect(help.output.contains("SUBPERINTAH:"))
            #expect(help.output.contains("Draf yang dibuka atau dibuat."))
            #expect(help.output.contains("--lang <en|id>          Bahasa: en (English) atau id (Bahasa Indonesia)."))
            #expect(help.output.contains("Menampilkan bantuan."))
            #expect(!help.output.contains("USAGE:") && !help.output.contains("Show help information."))
        }
        for (arguments, environment) in [
            (["check", "--lang", "id", "--help"], [:]), (["check", "--help"], Self.indonesian),
            (["help", "check"], Self.indonesian),
        ] {
            let help = try Repository.stayform(arguments, environment: environment)
            #expect(help.status == 0)
            #expect(help.output.contains("IKHTISAR: Memeriksa silang draf dan mencetak temuannya."), "\(help.output)")
            #expect(help.output.contains("ARGUMEN:"))
            #expect(help.output.contains("Berkas draf yang diperiksa."))
            #expect(help.output.contains("(nilai: text, json;"))
        }
        // The parser's words put in Indonesian keep the columns in line.
        let forms = try Repository.stayform(["help", "forms"], environment: Self.indonesian)
        #expect(forms.output.contains("\n  list (bawaan)           Menampilkan paket formulir"), "\(forms.output)")
        #expect(forms.output.contains("\n  show                    Mencetak paket formulir"))

        let english = try Repository.stayform(["check", "--lang", "en", "--help"], environment: Self.indonesian)
        #expect(english.output.contains("OVERVIEW: Cross-check drafts and print their findings."))
        #expect(english.output.contains("ARGUMENTS:") && english.output.contains("The draft files to check."))
    }

    /// The man page and the completion scripts are made from the parser's own description,
    /// which stays English whatever the locale.
    @Test func theParsersDescriptionOfItselfStaysEnglish() throws {
        let dump = try Repository.stayform(["--experimental-dump-help"], environment: Self.indonesian)
        #expect(dump.status == 0)
        #expect(dump.output.contains("Cross-check drafts and print their findings."))
        #expect(!dump.output.contains("Memeriksa silang"))
        let zsh = try Repository.stayform(["--generate-completion-script", "zsh"], environment: Self.indonesian)
        #expect(zsh.output.contains("check:Cross-check drafts and print their findings."))
        #expect(zsh.output.contains("[The draft to open or create.]"))
    }

    @Test func anUnknownLanguageIsRefusedNamingTheChoices() throws {
        for arguments in [["--lang", "fr"], ["check", "--lang=fr", Repository.example("clean-evoa.json")], ["keys", "--lang", "xx"]] {
            let english = try Repository.stayform(arguments)
            #expect(english.status == 64, "\(arguments)")
            #expect(english.error.contains("Error: unknown language `"), "\(english.error)")
            #expect(english.error.contains("choose en (English), id (Bahasa Indonesia)"))
            #expect(english.output.isEmpty)
        }
        let indonesian = try Repository.stayform(["--lang", "fr"], environment: Self.indonesian)
        #expect(indonesian.status == 64)
        #expect(indonesian.error.contains("Kesalahan: bahasa `fr` tidak dikenal: pilih en (English), id (Bahasa Indonesia)"))
        // What was typed reaches the terminal only made safe.
        let hostile = try Repository.stayform(["--lang", "\u{1B}[31mx"])
        #expect(hostile.status == 64)
        #expect(!hostile.error.contains("\u{1B}"))
    }

    /// A copy of `example` that remembers `language`, in a fresh folder.
    static func draft(_ example: String, remembering language: String) throws -> URL {
        let copy = try Repository.copyOfExample(example)
        let data = try Data(contentsOf: copy.draft)
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["language"] = language
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: copy.draft)
        return copy.draft
    }

    @Test func snapshotUsesTheDraftsLanguageUnlessLangIsGiven() throws {
        let draft = try Self.draft("clean-evoa.json", remembering: "id")
        defer { try? FileManager.default.removeItem(at: draft.deletingLastPathComponent()) }
        let home = draft.deletingLastPathComponent().appendingPathComponent("data").path
        func snapshot(_ extra: [String]) throws -> String {
            let result = try Repository.stayform(
                ["snapshot", "--today", "2026-11-21"] + extra + [draft.path], environment: ["XDG_DATA_HOME": home])
            #expect(result.status == 0, "\(result.error)")
            let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            return try String(contentsOfFile: path, encoding: .utf8)
        }
        let remembered = try snapshot([])
        #expect(remembered.contains("Nama lengkap sesuai paspor"))
        let overridden = try snapshot(["--lang", "en"])
        #expect(overridden.contains("Full name as on the passport"))
        #expect(!overridden.contains("Nama lengkap sesuai paspor"))

        // check writes one report for many drafts: the drafts' languages do not change it.
        let checked = try check([draft.path])
        #expect(checked.output.contains(Self.permitLabelEnglish))
    }

    @Test func plainModeUsesTheDraftsLanguageUnlessLangIsGiven() throws {
        let draft = try Self.draft("clean-evoa.json", remembering: "id")
        defer { try? FileManager.default.removeItem(at: draft.deletingLastPathComponent()) }
        let remembered = try Repository.stayform(["--plain", "--today", "2026-11-21", "--draft", draft.path])
        #expect(remembered.output.contains("Perpanjangan Izin Tinggal"), "\(remembered.output)")
        let overridden = try Repository.stayform(["--plain", "--lang", "en", "--today", "2026-11-21", "--draft", draft.path])
        #expect(overridden.output.contains("Stay Permit Extension"))
        #expect(!overridden.output.contains("Perpanjangan Izin Tinggal"))
    }
}

/// The wizard in a real terminal, in the language the locale or the draft asks for.
@Suite(.serialized) struct LanguageWizardEndToEndTests {
    /// `LANG=id_ID.UTF-8` on a machine that has only C.UTF-8: the words are Indonesian and the
    /// characters still work (the box lines, `Müller`).
    @Test func aFreshDraftUnderAnIndonesianLocaleShowsThePackInIndonesian() throws {
        let session = try TmuxSession(arguments: ["--today", "2026-11-21"], columns: 80, rows: 24,
            environment: ["LANG": "id_ID.UTF-8"])
        try session.waitFor("Perpanjangan Izin Tinggal")
        try session.waitFor("Masuk bebas visa (tanpa visa)")
        try session.press("Enter")
        let screen = try session.waitFor("1.1 Nama lengkap sesuai paspor")
        #expect(screen.contains("1 Pemohon"))
        #expect(screen.contains("│"))
        try session.type("Müller")
        try session.waitFor("Müller")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let json = try String(contentsOf: session.defaultDraft, encoding: .utf8)
        #expect(json.contains("Müller"))
    }

    @Test func theDraftsLanguageIsUsedAndLangOverridesIt() throws {
        let draft = try LanguageEndToEndTests.draft("clean-evoa.json", remembering: "id")
        let folder = draft.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let remembered = try TmuxSession(
            arguments: ["--today", "2026-11-21", "--draft", draft.path], columns: 80, rows: 24, workDirectory: folder)
        try remembered.waitFor("Perpanjangan Izin Tinggal")
        try remembered.press("C-q")
        #expect(remembered.waitForExit() == 0)

        // watch follows the draft in the language it remembers, too.
        let watching = try TmuxSession(
            arguments: ["watch", "--today", "2026-11-21", draft.path], columns: 80, rows: 24, workDirectory: folder)
        try watching.waitFor("Perpanjangan Izin Tinggal")
        try watching.press("C-q")
        #expect(watching.waitForExit() == 0)

        let overridden = try TmuxSession(
            arguments: ["--today", "2026-11-21", "--lang", "en", "--draft", draft.path], columns: 80, rows: 24,
            environment: ["LANG": "id_ID.UTF-8"], workDirectory: folder)
        let screen = try overridden.waitFor("Stay Permit Extension")
        #expect(!screen.contains("Perpanjangan Izin Tinggal"))
        try overridden.press("C-q")
        #expect(overridden.waitForExit() == 0)
    }
}
