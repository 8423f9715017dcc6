import Foundation
import StayformCore
@testable import StayformPersistence
import SystemPackage
import Testing
import TestSupport

@Suite struct DraftLoadTests {
    let formID = DraftsFixtures.pack().id

    /// A bad draft, where the problem is and what the message must say.
    struct BadDraft: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var line: Int?
        var column: Int?
        var says: String
        var testDescription: String { name }
    }

    static let header = #"{"formatVersion": 1, "form": {"id": "stay-permit-extension", "edition": "2026-11"},"#

    static let badDrafts: [BadDraft] = [
        BadDraft(name: "empty", text: "", line: nil, column: nil, says: "empty"),
        BadDraft(name: "blank", text: "\n  \n", line: nil, column: nil, says: "empty"),
        BadDraft(name: "truncated", text: header + "\n \"values\": {\"a\": \"Ana", line: 2, column: 22, says: "cut short"),
        BadDraft(name: "missing comma", text: header + "\n \"values\": {\"a\": \"x\" \"b\": \"y\"}}", line: 2, column: 22, says: "expected `,` or `}`"),
        BadDraft(name: "bare word", text: "{\n  \"formatVersion\": one\n}", line: 2, column: 20, says: "expected a value"),
        BadDraft(name: "line break in string", text: header + "\n \"values\": {\"a\": \"x\ny\"}}", line: 2, column: 20, says: "control character"),
        BadDraft(name: "trailing text", text: header + " \"values\": {}} }", line: 1, column: 99, says: "after the end"),
        BadDraft(name: "not an object", text: "[1, 2]", line: 1, column: 1, says: "JSON object"),
        BadDraft(name: "no format version", text: #"{"form": {"id": "stay-permit-extension", "edition": "1"}}"#, line: 1, column: 1, says: "not a stayform draft"),
        BadDraft(name: "format version text", text: "{\n\"formatVersion\": \"1\"}", line: 2, column: 18, says: "whole number"),
        BadDraft(name: "newer format", text: "{\n  \"formatVersion\": 7,\n  \"form\": {}}", line: 2, column: 20, says: "newer stayform (draft format 7)"),
        BadDraft(name: "format zero", text: "{\"formatVersion\": 0}", line: 1, column: 19, says: "unknown draft format 0"),
        BadDraft(name: "another form", text: "{\"formatVersion\": 1,\n \"form\": {\"id\": \"visa-on-arrival\", \"edition\": \"1\"}}", line: 2, column: 17, says: "another form (`visa-on-arrival`)"),
        BadDraft(name: "value of wrong type", text: header + "\n \"values\": {\n   \"applicant.full-name\": 42}}", line: 3, column: 27, says: "`values.applicant.full-name`: expected a string"),
        BadDraft(name: "attachment without size", text: header + "\n\"attachments\": {\"passport\": [\n{\"path\": \"p\", \"detectedType\": \"t\", \"sha256\": \"s\"}]}}", line: 3, column: 1, says: "`attachments.passport[0]`: `size` is missing"),
        BadDraft(name: "restatement with both", text: header + "\n\"restatements\": {\"passport\": {\"f\": {\"matches\": \"a\", \"differs\": \"b\"}}}}", line: 2, column: 36, says: "a restatement has exactly one of `matches`"),
        BadDraft(name: "form missing", text: "{\"formatVersion\": 1}", line: 1, column: 1, says: "`form` is missing"),
    ]

    @Test(arguments: badDrafts)
    func aBadDraftIsExplainedAndLeftUntouched(bad: BadDraft) throws {
        let directory = DraftTestDirectory()
        let path = directory.file("draft.json")
        let bytes = Array(bad.text.utf8)
        try directory.write(bytes, to: path)
        var file = DraftFile(path: path)

        let error = try #require(throws: LoadError.self) { try file.load(formID: formID) }
        #expect(error.path == path.string)
        #expect(error.line == bad.line)
        #expect(error.column == bad.column)
        #expect(error.message.contains(bad.says), "\(error.message)")
        #expect(error.message.contains("left untouched"))
        #expect(!error.description.contains("Ana"))

        #expect(throws: DraftSaveError.self) { try file.save(DraftsFixtures.filledDraft()) }
        #expect(directory.bytes(path) == bytes, "the bad draft was changed")
        #expect(directory.listing() == ["draft.json"])
    }

    @Test func anUnreadableDraftSaysPermissionDenied() throws {
        let directory = DraftTestDirectory()
        let fileSystem = DraftFaultyFileSystem()
        var writer = DraftFile(path: directory.file("draft.json"))
        try writer.save(DraftsFixtures.filledDraft())
        fileSystem.fail(.open, with: .permissionDenied, pathSuffix: "draft.json")
        var file = DraftFile(path: directory.file("draft.json"), fileSystem: fileSystem)
        let error = try #require(throws: LoadError.self) { try file.load(formID: formID) }
        #expect(error.message.contains("permission denied"))
        #expect(error.message.contains("no backup"))
    }

    @Test func aBrokenDraftIsRecoveredFromItsBackupAndKeptAside() throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        let first = DraftsFixtures.filledDraft()
        var second = first
        second.values["applicant.email"] = "ana@example.org"
        try file.save(first)
        try file.save(second)
        let garbage = Array(#"{"formatVersion": 1, "form": {"id": "stay-permit-ext"#.utf8)
        try directory.write(garbage, to: file.path)

        var reopened = DraftFile(path: file.path)
        let error = try #require(throws: LoadError.self) { try reopened.load(formID: formID) }
        #expect(error.message.contains("--recover") && error.message.contains("draft.json.bak"))

        let recovery = try reopened.recoverFromBackup(formID: formID)
        #expect(recovery.draft == first)
        let aside = try #require(recovery.setAsideDraftPath)
        #expect(aside == directory.file("draft.json.broken-1"))
        #expect(directory.bytes(aside) == garbage)
        #expect(directory.listing() == ["draft.json.bak", "draft.json.broken-1"])

        try reopened.save(recovery.draft)
        var check = DraftFile(path: file.path)
        #expect(try check.load(formID: formID) == first)
        #expect(directory.bytes(aside) == garbage)
    }

    @Test func recoveringOverAGoodDraftKeepsItAsReplaced() throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        let first = DraftsFixtures.filledDraft()
        var second = first
        second.values["applicant.email"] = "ana@example.org"
        try file.save(first)
        try file.save(second)
        let secondBytes = directory.bytes(file.path)

        var reopened = DraftFile(path: file.path)
        let recovery = try reopened.recoverFromBackup(formID: formID)
        #expect(recovery.draft == first)
        #expect(recovery.setAsideDraftPath == directory.file("draft.json.replaced-1"))
        #expect(directory.bytes(directory.file("draft.json.replaced-1")) == secondBytes)
    }

    @Test func recoveringWithoutABackupSaysSo() throws {
        let directory = DraftTestDirectory()
        var file = DraftFile(path: directory.file("draft.json"))
        let error = try #require(throws: LoadError.self) { try file.recoverFromBackup(formID: formID) }
        #expect(error.message.contains("no backup"))
    }

    @Test(arguments: [
        ("{\"a\": 1}", [DraftJSONLocator.Step.member("a")], 1, 7),
        ("{\n \"a\": [1,\n  {\"b\": true}]}", [.member("a"), .index(1), .member("b")], 3, 9),
        ("{\"é\": \"x\", \"b\": 2}", [.member("b")], 1, 17),
        ("{\"a\": 1}", [.member("z")], nil, nil),
    ] as [(String, [DraftJSONLocator.Step], Int?, Int?)])
    func valuesAreLocatedByCodingPath(text: String, steps: [DraftJSONLocator.Step], line: Int?, column: Int?) {
        let bytes = Array(text.utf8)
        let place = DraftJSONLocator.offset(of: steps, in: bytes).map { DraftJSONLocator.lineAndColumn(of: $0, in: bytes) }
        #expect(place?.line == line && place?.column == column)
    }

    @Test(arguments: [
        ("{}", JSONValue.object([:])), ("[]", .array([])), ("\"x\"", .string("x")), ("-0.5e+3", .number(-500)),
        ("-12", .integer(-12)), ("1E2", .number(100)), ("9223372036854775808", .number(9_223_372_036_854_775_808)),
        ("{\"a\": [true, false, null, \"\\u00e9\\n\\\"\\\\\\/\\b\\f\\r\\t\"]}",
         .object(["a": .array([.bool(true), .bool(false), .null, .string("é\n\"\\/\u{8}\u{C}\r\t")])])),
    ] as [(String, JSONValue)])
    func wellFormedJSONIsReadAsItsValue(text: String, value: JSONValue) throws {
        #expect(try DraftJSONLocator.value(in: Array(text.utf8)) == value)
    }

    @Test(arguments: ["01", "1.", "-", "\"\\x\"", "\"\\u12\"", "{\"a\" 1}", "[1,]", "nul", String(repeating: "[", count: 300)])
    func malformedJSONIsFound(text: String) {
        #expect(throws: DraftJSONLocator.Problem.self) { try DraftJSONLocator.value(in: Array(text.utf8)) }
    }
}
