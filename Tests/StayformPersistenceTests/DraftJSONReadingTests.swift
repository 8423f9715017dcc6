import PropertyBased
import StayformCore
import Testing
import TestSupport

@testable import StayformPersistence

/// A draft's file text read back: `Draft.fileText()` and `Draft(jsonObject:)` through
/// `DraftJSONLocator.value(in:)`, the way `DraftFile` loads a draft.
@Suite struct DraftJSONReadingTests {
    /// The JSON value of `text`.
    func value(_ text: [UInt8]) throws -> JSONValue { try DraftJSONLocator.value(in: text) }

    /// The draft `text` describes.
    func draft(_ text: [UInt8]) throws -> Draft {
        guard case .object(let members) = try value(text) else { throw DraftShapeProblem(path: [], kind: .expected(.object)) }
        return try Draft(jsonObject: members)
    }

    func draft(_ text: String) throws -> Draft { try draft(Array(text.utf8)) }

    /// Characters JSON text must escape or that are easy to get wrong, and a few plain ones.
    static let awkwardCharacters: [Character] = ["\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{8}", "\u{1F}", "\u{7F}", "é", "\u{2028}", "😀", "a", " "]
    /// Text mixing those with any character up to U+05FF.
    static let awkwardText = zip(Gen.element(of: awkwardCharacters), Gen.unicodeScalar(in: "\u{0}"..."\u{5FF}"), Gen.bool)
        .map { special, scalar, pickSpecial in pickSpecial ? special ?? "a" : Character(scalar) }
        .string(of: 0...12)
    static let awkwardMap = zip(awkwardText, awkwardText).dictionary(ofAtMost: 0...6)

    @Test func anyAnswersSurviveTheFileText() async {
        await propertyCheck(count: 200, input: Self.awkwardMap, Self.awkwardMap, Self.awkwardText) { values, marks, name in
            var draft = DraftsFixtures.filledDraft()
            draft.values = values
            draft.reviewMarks = marks
            draft.restatements[name, default: [:]][name] = .differs(name)
            draft.attachments[name] = [Attachment(path: name, size: values.count, detectedType: name, sha256: name)]
            draft.position = DraftPosition(section: name, field: values.keys.first)
            draft.unknownKeys[name.isEmpty ? "x" : "x" + name] = .object(["v": .string(name), "n": .integer(values.count)])
            // Not `try`: propertyCheck 2.0.1 drops errors thrown by the body.
            #expect((try? self.draft(draft.fileText())) == draft)
        }
    }

    @Test(arguments: [
        JSONValue.null, .bool(true), .bool(false), .integer(0), .integer(Int.min), .integer(Int.max),
        .number(0.1), .number(-2.5e-300), .number(1e300), .string(""), .string("\u{0}\u{1F}\"\\/\u{2028}é😀"),
        .array([]), .object([:]), .array([.array([.object(["k": .null])])]),
    ])
    func jsonValuesSurviveTheirText(value: JSONValue) throws {
        #expect(try self.value(value.utf8Text()) == value)
    }

    @Test func nonFiniteNumbersAreWrittenAsNull() throws {
        let text = JSONValue.array([.number(.infinity), .number(.nan)]).utf8Text()
        #expect(try value(text) == .array([.null, .null]))
    }

    @Test func theTextIsSortedIndentedAndStable() {
        let value = JSONValue.object(["b": .integer(1), "a": .array([.bool(true)]), "c": .object([:])])
        #expect(String(decoding: value.utf8Text(), as: UTF8.self) == "{\n  \"a\": [\n    true\n  ],\n  \"b\": 1,\n  \"c\": {}\n}\n")
        let draft = DraftsFixtures.filledDraft()
        #expect(draft.fileText() == draft.fileText())
    }

    @Test func aFilledDraftSurvivesARoundTrip() throws {
        let filled = DraftsFixtures.filledDraft()
        #expect(try draft(filled.fileText()) == filled)
    }

    @Test(arguments: [
        #"{"futureFlag": true}"#,
        #"{"signature": {"by": "x", "at": [1, 2.5, null, "s", false]}}"#,
        #"{"count": 9007199254740993, "ratio": 0.125, "nothing": null}"#,
        #"{"a": {}, "b": []}"#,
    ])
    func unknownTopLevelKeysAreKeptAndWrittenBack(extra: String) throws {
        guard case .object(var object) = try value(DraftsFixtures.filledDraft().fileText()),
            case .object(let extraObject) = try value(Array(extra.utf8))
        else { Issue.record("not objects"); return }
        object.merge(extraObject) { old, _ in old }

        let read = try Draft(jsonObject: object)
        #expect(read.unknownKeys == extraObject)
        #expect(read.values == DraftsFixtures.filledDraft().values)
        #expect(try value(read.fileText()) == .object(object))
    }

    @Test func theChosenLanguageIsKeptAndAnUnknownOneIgnored() throws {
        var filled = DraftsFixtures.filledDraft()
        #expect(filled.language == nil)
        filled.language = .indonesian
        let text = filled.fileText()
        #expect(String(decoding: text, as: UTF8.self).contains(#""language": "id""#))
        #expect(try draft(text).language == .indonesian)

        guard case .object(var object) = try value(text) else { Issue.record("not an object"); return }
        object["language"] = .string("fr")
        let unknown = try Draft(jsonObject: object)
        #expect(unknown.language == nil)
        #expect(unknown.values == filled.values)
    }

    @Test func anUnknownKeyCannotShadowAKnownOne() throws {
        var filled = DraftsFixtures.filledDraft()
        filled.unknownKeys["values"] = .string("not a map")
        #expect(try draft(filled.fileText()).values == filled.values)
    }

    @Test func aMinimalDraftGetsEmptyCollections() throws {
        let minimal = try draft(#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}}"#)
        #expect(minimal.values.isEmpty && minimal.restatements.isEmpty && minimal.attachments.isEmpty)
        #expect(minimal.reviewMarks.isEmpty && minimal.fieldsToReview.isEmpty && minimal.unknownKeys.isEmpty)
        #expect(minimal.position == nil && minimal.createdAt == nil)
        let nulls = try draft(#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "values": null, "position": null}"#)
        #expect(nulls.values.isEmpty && nulls.position == nil)
    }

    @Test(arguments: [
        (Restatement.matches("P1"), #"{"matches": "P1"}"#),
        (Restatement.differs("P 1"), #"{"differs": "P 1"}"#),
    ])
    func restatementsAreSingleKeyObjects(restatement: Restatement, json: String) throws {
        let text = #"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "restatements": {"passport": {"name": "#
            + json + "}}}"
        #expect(try draft(text).restatements == ["passport": ["name": restatement]])
        #expect(restatement.jsonValue == (try value(Array(json.utf8))))
    }

    /// Each problem names the member it is in and what was expected there, never the value.
    @Test(arguments: [
        (#"{"formatVersion": 1}"#, DraftShapeProblem(path: [], kind: .missingKey("form"))),
        (#"{"formatVersion": 1.5, "form": {}}"#, DraftShapeProblem(path: [.member("formatVersion")], kind: .expected(.wholeNumber))),
        (#"{"formatVersion": 1, "form": {"id": "f"}}"#, DraftShapeProblem(path: [.member("form")], kind: .missingKey("edition"))),
        (#"{"formatVersion": 1, "form": {"id": null, "edition": "e"}}"#,
         DraftShapeProblem(path: [.member("form"), .member("id")], kind: .expectedNotNull(.string))),
        (#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "values": []}"#,
         DraftShapeProblem(path: [.member("values")], kind: .expected(.object))),
        (#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "values": {"a": 3}}"#,
         DraftShapeProblem(path: [.member("values"), .member("a")], kind: .expected(.string))),
        (#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "restatements": {"p": {"a": {}}}}"#,
         DraftShapeProblem(path: [.member("restatements"), .member("p"), .member("a")], kind: .restatementNeedsOneKey)),
        (#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "restatements": {"p": {"a": {"matches": "x", "differs": "y"}}}}"#,
         DraftShapeProblem(path: [.member("restatements"), .member("p"), .member("a")], kind: .restatementNeedsOneKey)),
        (#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "restatements": {"p": {"a": {"matches": 3}}}}"#,
         DraftShapeProblem(path: [.member("restatements"), .member("p"), .member("a"), .member("matches")], kind: .expected(.string))),
        (#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "attachments": {"d": [{"path": "p", "size": "9", "detectedType": "t", "sha256": "h"}]}}"#,
         DraftShapeProblem(path: [.member("attachments"), .member("d"), .index(0), .member("size")], kind: .expected(.wholeNumber))),
        (#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "fieldsToReview": "a"}"#,
         DraftShapeProblem(path: [.member("fieldsToReview")], kind: .expected(.list))),
        (#"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}, "position": {"field": "x"}}"#,
         DraftShapeProblem(path: [.member("position")], kind: .missingKey("section"))),
    ])
    func misshapenDraftsSayWhereAndWhat(text: String, problem: DraftShapeProblem) {
        #expect(throws: problem) { try draft(text) }
    }
}
