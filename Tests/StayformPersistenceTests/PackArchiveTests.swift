import Foundation
import PropertyBased
import StayformCore
import Testing

@testable import StayformPersistence

/// `PackArchivable`: every pack reads back equal to the one written, equal packs give equal
/// bytes, and damaged or truncated bytes throw, never crash, never read past the end.
@Suite struct PackArchiveTests {
    /// The bytes of `value`.
    func archived(_ value: some PackArchivable) -> [UInt8] {
        var archive = PackArchiveWriter()
        archive.write(value)
        return archive.bytes
    }

    /// `bytes` read back as a whole value of type `Value`; throws when they are not one.
    func unarchived<Value: PackArchivable>(_ type: Value.Type, _ bytes: [UInt8]) throws(PackArchiveError) -> Value {
        var archive = PackArchiveReader(bytes)
        let value = try archive.read(Value.self)
        guard archive.isAtEnd else { throw PackArchiveError() }
        return value
    }

    @Test(arguments: FormPackFixtures.shippedPackURLs)
    func everyShippedPackSurvivesTheArchive(_ url: URL) throws {
        let pack = try FormPackLoader.load(contentsOf: url)
        let bytes = archived(pack)
        #expect(try unarchived(FormPack.self, bytes) == pack)
        // Dictionaries are written in key order, so the same pack gives the same bytes.
        let reparsed = try FormPackLoader.load(contentsOf: url)
        #expect(archived(reparsed) == bytes)
    }

    /// Every case and every optional a shipped pack may not use yet.
    @Test func everyKindOfValueSurvivesTheArchive() throws {
        let date = try #require(CalendarDate(year: 2026, month: 2, day: 29 - 1))
        let condition = FieldCondition.all([
            .equals(field: "a", value: "b"), .isOneOf(field: "c", values: ["d", "é"]), .isSet(field: "e", false),
            .any([.contains(field: "f", value: "g"), .not(.isSet(field: "h", true))]),
        ])
        let text = LocalizedText(["en": "Name 😀", "id": "Nama", "": "\u{0}"])
        let field = FormField(
            id: "x.y", code: "1.1", label: text, type: .multipleChoice, help: LocalizedText([:]), maxLength: 0,
            isRequired: true, requiredWhen: condition, shownWhen: .not(condition),
            options: [ChoiceOption(value: "v", label: text, formerValues: ["w"])], fact: "fact", document: "doc",
            wordingByFiler: [.sponsor: Wording(label: text), .nobody: Wording(help: text), .applicant: Wording()],
            constraints: FieldConstraints(
                pattern: "^[A-Z]+$", format: text, minLength: 2, minimum: .min, maximum: .max, earliest: .today,
                latest: .date(date)),
            isMasked: true)
        let pack = FormPack(
            id: "pack", title: text, edition: "2026-12", sections: [
                FormSection(id: "s", code: "1", title: text, fields: [field, FormField(id: "z", code: "1.2", label: text, type: .date)],
                    help: text, shownWhen: condition)
            ], effectiveDate: date, languages: ["en", "id"], categoryFieldID: "x.y",
            categories: [
                PermitCategory(
                    id: "c", label: text, help: text, isExtendable: false, filedBy: .sponsor, stopText: "stop",
                    figureIDs: ["f"], requiredDocuments: [DocumentRequirement(documentID: "d", when: condition)],
                    recommendedDocuments: [DocumentRequirement(documentID: "e")], formerIDs: ["old"])
            ],
            documents: [SupportingDocument(id: "d", label: text, help: text, shows: ["fact"], wordingByFiler: [.sponsor: Wording(label: text, help: text)])],
            facts: [Fact(id: "fact", label: text, sourceDocumentID: "d", normalizer: .passportNumber)],
            rules: [
                CheckRule(
                    id: "r", kind: .sameValue, severity: .warning, message: text,
                    parameters: ["fact": .name("fact"), "fields": .names(["x.y", "z"])], when: condition),
                CheckRule(id: "q", kind: .extendableCategory, severity: .info, message: text),
            ],
            figures: [
                Figure(
                    id: "f", kind: .fee, label: text,
                    values: [FigureValue(amount: -1, unit: .idr, items: ["a"], source: "s"), FigureValue()],
                    provenance: Provenance(source: "https://example.org", effectiveDate: nil, lastChecked: date, confidence: .conflicting),
                    note: text)
            ],
            holidayYears: [
                HolidayYear(
                    year: 2026, provenance: Provenance(source: "s", effectiveDate: date, lastChecked: date, confidence: .confirmed),
                    days: [Holiday(date: date, name: text, kind: .collectiveLeave)])
            ],
            texts: ["t": text], countries: [Country(code: "IDN", name: "Indonesia")])
        #expect(try unarchived(FormPack.self, archived(pack)) == pack)
    }

    @Test func integersTextsAndFlagsSurviveTheArchive() async {
        // `try?`, not `try`: propertyCheck 2.0.1 drops errors thrown by the body.
        await propertyCheck(count: 300, input: Gen.int(), Gen.bool()) { integer, flag in
            #expect((try? unarchived(Int.self, archived(integer))) == integer)
            #expect((try? unarchived(Bool.self, archived(flag))) == flag)
            #expect((try? unarchived([Int?].self, archived([integer, nil]))) == [integer, nil])
        }
        for extreme in [Int.min, -1, 0, 1, 127, 128, Int.max] {
            #expect((try? unarchived(Int.self, archived(extreme))) == extreme)
        }
        #expect((try? unarchived(String.self, archived("é😀\u{0}"))) == "é😀\u{0}")
    }

    @Test func anyDamagedOrTruncatedPackThrowsOrReadsNeverCrashes() async throws {
        let url = try #require(FormPackFixtures.shippedPackURLs.first { $0.lastPathComponent == "voa-extension.yaml" })
        let bytes = archived(try FormPackLoader.load(contentsOf: url))
        await propertyCheck(count: 300, input: Gen.int(in: 0...(bytes.count - 1)), Gen.uint8()) { position, byte in
            var damaged = bytes
            damaged[position] = byte
            _ = try? unarchived(FormPack.self, damaged)
            #expect(throws: PackArchiveError.self) { try unarchived(FormPack.self, Array(bytes.prefix(position))) }
        }
    }

    @Test func impossibleValuesAreRefused() {
        // An unknown case, a flag that is neither 0 nor 1, a count larger than the bytes left,
        // a number longer than 64 bits, a date that does not exist, a key given twice.
        #expect(throws: PackArchiveError.self) { try unarchived(FieldType.self, archived("no-such-type")) }
        #expect(throws: PackArchiveError.self) { try unarchived(Bool.self, [2]) }
        #expect(throws: PackArchiveError.self) { try unarchived([Int].self, [0x7F, 1]) }
        #expect(throws: PackArchiveError.self) { try unarchived(Int.self, Array(repeating: 0xFF, count: 10) + [1]) }
        #expect(throws: PackArchiveError.self) { try unarchived(CalendarDate.self, archived(2026) + archived(2) + archived(30)) }
        #expect(throws: PackArchiveError.self) {
            try unarchived([String: Int].self, [2] + archived("a") + archived(1) + archived("a") + archived(2))
        }
    }

    @Test func nestingBeyondTheLimitIsRefused() throws {
        var condition = FieldCondition.isSet(field: "a", true)
        for _ in 0..<PackArchiveReader.nestingLimit { condition = .not(condition) }
        #expect(throws: PackArchiveError.self) { try unarchived(FieldCondition.self, archived(condition)) }
        let shallow = FieldCondition.all([.not(.equals(field: "a", value: "b")), .isOneOf(field: "c", values: ["d"])])
        #expect(try unarchived(FieldCondition.self, archived(shallow)) == shallow)
    }
}
