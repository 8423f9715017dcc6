import Foundation
import StayformCore
import Testing
import TestSupport

@Suite struct DraftCodableTests {
    private func encode(_ draft: Draft) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(draft)
    }

    @Test func aFilledDraftSurvivesARoundTrip() throws {
        let draft = DraftsFixtures.filledDraft()
        let decoded = try JSONDecoder().decode(Draft.self, from: try encode(draft))
        #expect(decoded == draft)
    }

    @Test(arguments: [
        #"{"futureFlag": true}"#,
        #"{"signature": {"by": "x", "at": [1, 2.5, null, "s", false]}}"#,
        #"{"count": 9007199254740993, "ratio": 0.125, "nothing": null}"#,
        #"{"a": {}, "b": []}"#,
    ])
    func unknownTopLevelKeysAreKeptAndWrittenBack(extra: String) throws {
        var object = try JSONDecoder().decode([String: JSONValue].self, from: try encode(DraftsFixtures.filledDraft()))
        let extraObject = try JSONDecoder().decode([String: JSONValue].self, from: Data(extra.utf8))
        object.merge(extraObject) { old, _ in old }
        let input = try JSONEncoder().encode(object)

        let draft = try JSONDecoder().decode(Draft.self, from: input)
        #expect(draft.unknownKeys == extraObject)
        #expect(draft.values == DraftsFixtures.filledDraft().values)

        let written = try JSONDecoder().decode([String: JSONValue].self, from: try encode(draft))
        #expect(written == object)
    }

    @Test func theChosenLanguageIsKeptAndAnUnknownOneIgnored() throws {
        var draft = DraftsFixtures.filledDraft()
        #expect(draft.language == nil)
        draft.language = .indonesian
        let data = try encode(draft)
        #expect(String(decoding: data, as: UTF8.self).contains(#""language":"id""#))
        #expect(try JSONDecoder().decode(Draft.self, from: data).language == .indonesian)

        var object = try JSONDecoder().decode([String: JSONValue].self, from: data)
        object["language"] = .string("fr")
        let unknown = try JSONDecoder().decode(Draft.self, from: try JSONEncoder().encode(object))
        #expect(unknown.language == nil)
        #expect(unknown.values == draft.values)
    }

    @Test func anUnknownKeyCannotShadowAKnownOne() throws {
        var draft = DraftsFixtures.filledDraft()
        draft.unknownKeys["values"] = .string("not a map")
        let decoded = try JSONDecoder().decode(Draft.self, from: try encode(draft))
        #expect(decoded.values == draft.values)
    }

    @Test func aMinimalDraftGetsEmptyCollections() throws {
        let json = #"{"formatVersion": 1, "form": {"id": "f", "edition": "e"}}"#
        let draft = try JSONDecoder().decode(Draft.self, from: Data(json.utf8))
        #expect(draft.values.isEmpty && draft.restatements.isEmpty && draft.attachments.isEmpty)
        #expect(draft.reviewMarks.isEmpty && draft.fieldsToReview.isEmpty && draft.unknownKeys.isEmpty)
        #expect(draft.position == nil && draft.createdAt == nil)
    }

    @Test(arguments: [
        (Restatement.matches("P1"), #"{"matches":"P1"}"#),
        (Restatement.differs("P 1"), #"{"differs":"P 1"}"#),
    ])
    func restatementsAreSingleKeyObjects(restatement: Restatement, json: String) throws {
        #expect(String(decoding: try JSONEncoder().encode(restatement), as: UTF8.self) == json)
        #expect(try JSONDecoder().decode(Restatement.self, from: Data(json.utf8)) == restatement)
    }

    @Test(arguments: [#"{}"#, #"{"matches":"a","differs":"b"}"#, #"{"matches":3}"#])
    func malformedRestatementsAreRejected(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Restatement.self, from: Data(json.utf8)) }
    }
}
