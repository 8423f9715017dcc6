import Foundation
import StayformCore
import StayformPersistence
import Testing
import TestSupport

/// The export of the shipped example `docs/examples/clean-evoa.json` with the shipped pack and
/// its attached files, in all three formats, against snapshots kept with the examples in
/// `docs/examples/__Snapshots__/` (re-recorded with `SNAPSHOT_RECORD=1`).
@Suite struct ExportSnapshotTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Snapshots are stored beside the examples, outside the test targets.
    static let snapshotAnchor = repository.appendingPathComponent("docs/examples/export").path

    static func cleanExport(language: String = "en") throws -> ApplicationExport {
        let today = try #require(CalendarDate(iso8601: "2026-11-21"))
        let pack = try FormPackLoader.load(contentsOf: repository.appendingPathComponent("Forms/stay-permit-extension.yaml"))
        var checker = DraftChecker(today: today, language: language) { _ in pack }
        let checked = try checker.inspect(path: repository.appendingPathComponent("docs/examples/clean-evoa.json").path).get()
        return ApplicationExport(
            pack: checked.pack, draft: checked.draft, findings: checked.findings, today: today,
            attachments: checked.attachments, language: language)
    }

    /// In English (`export-clean-evoa-text`) and in Indonesian (`…-text-id`): the program's
    /// words, the pack's texts, dates and money each language's way; JSON keys and ids alike.
    @Test(arguments: ["en", "id"], [
        ("markdown", \ApplicationExport.markdown),
        ("text", \ApplicationExport.text),
        ("json", \ApplicationExport.jsonText),
    ] as [(String, KeyPath<ApplicationExport, String> & Sendable)])
    func cleanEVOAExport(language: String, format: (String, KeyPath<ApplicationExport, String> & Sendable)) throws {
        let export = try Self.cleanExport(language: language)
        let suffix = language == "en" ? "" : "-\(language)"
        assertTextSnapshot(
            export[keyPath: format.1], named: "export-clean-evoa-\(format.0)\(suffix)", filePath: Self.snapshotAnchor)
    }

    @Test func theJSONKeysAndIdsDoNotFollowTheLanguage() throws {
        // Keys, numbers, ids and states kept; texts for people blanked.
        let idKeys: Set<String> = [
            "id", "rule", "severity", "need", "state", "field", "document", "code", "form", "edition", "today",
            "path", "type", "expiry", "windowOpens", "windowCloses", "lastChecked", "confidence", "unit",
        ]
        func skeleton(_ value: JSONValue, key: String = "") -> JSONValue {
            switch value {
            case .object(let members): .object(Dictionary(uniqueKeysWithValues: members.map { ($0, skeleton($1, key: $0)) }))
            case .array(let items): .array(items.map { skeleton($0, key: key) })
            case .string: idKeys.contains(key) ? value : .string("")
            default: value
            }
        }
        let english = try Self.cleanExport(language: "en")
        let indonesian = try Self.cleanExport(language: "id")
        #expect(skeleton(english.jsonValue) == skeleton(indonesian.jsonValue))
        #expect(english.findings.map(\.id) == indonesian.findings.map(\.id))
        #expect(english.documents.map(\.state) == indonesian.documents.map(\.state))
    }

    @Test func missingDraftIsNamedAndNotCreated() throws {
        let today = try #require(CalendarDate(iso8601: "2026-11-21"))
        var checker = DraftChecker(today: today) { _ throws(DraftChecker.PackUnavailable) in
            throw DraftChecker.PackUnavailable("no pack")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-draft-\(UUID().uuidString).json").path
        guard case .failure(let unreadable) = checker.inspect(path: path) else {
            Issue.record("a missing draft was inspected")
            return
        }
        #expect(unreadable.message.hasPrefix(path))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
