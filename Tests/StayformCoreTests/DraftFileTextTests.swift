import Foundation
import PropertyBased
import StayformCore
import Testing
import TestSupport

@Suite struct DraftFileTextTests {
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
            let decoded = try? JSONDecoder().decode(Draft.self, from: Data(draft.fileText()))
            #expect(decoded == draft)
        }
    }

    @Test(arguments: [
        JSONValue.null, .bool(true), .bool(false), .integer(0), .integer(Int.min), .integer(Int.max),
        .number(0.1), .number(-2.5e-300), .number(1e300), .string(""), .string("\u{0}\u{1F}\"\\/\u{2028}é😀"),
        .array([]), .object([:]), .array([.array([.object(["k": .null])])]),
    ])
    func jsonValuesSurviveTheirText(value: JSONValue) throws {
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(value.utf8Text())) == value)
    }

    @Test func nonFiniteNumbersAreWrittenAsNull() throws {
        let text = JSONValue.array([.number(.infinity), .number(.nan)]).utf8Text()
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(text)) == .array([.null, .null]))
    }

    @Test func theTextIsSortedIndentedAndStable() {
        let value = JSONValue.object(["b": .integer(1), "a": .array([.bool(true)]), "c": .object([:])])
        #expect(String(decoding: value.utf8Text(), as: UTF8.self) == "{\n  \"a\": [\n    true\n  ],\n  \"b\": 1,\n  \"c\": {}\n}\n")
        let draft = DraftsFixtures.filledDraft()
        #expect(draft.fileText() == draft.fileText())
    }

    @Test func codableEncodingMatchesTheFileText() throws {
        let draft = DraftsFixtures.filledDraft()
        let viaEncoder = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(draft))
        let viaText = try JSONDecoder().decode(JSONValue.self, from: Data(draft.fileText()))
        #expect(viaEncoder == viaText)
    }
}
