import StayformCore
import Testing
import TestSupport

@Suite struct DraftMigrationTests {
    typealias F = DraftsFixtures

    /// One change to the default pack's fields, and what a migration must say about it.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var fields: [FormField]
        var review: [String]
        var retired: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var base = F.standardFields
        var relabelled = base
        relabelled[0].label = LocalizedText(english: "Full name as in passport")
        var translated = base
        translated[0].label = LocalizedText(["en": "Full name", "id": "Nama lengkap"])
        var retyped = base
        retyped[2].type = .text
        var longer = base
        longer[1].maxLength = 12
        var recoded = base
        recoded[0].code = "9.9"
        recoded[0].help = LocalizedText(english: "As printed.")
        base.removeLast()
        var removed = F.standardFields
        removed.remove(at: 1)
        return [
            Case(name: "same definitions", fields: F.standardFields, review: [], retired: []),
            Case(name: "label changed", fields: relabelled, review: ["applicant.full-name"], retired: []),
            Case(name: "translation added", fields: translated, review: [], retired: []),
            Case(name: "type changed", fields: retyped, review: ["applicant.birth-date"], retired: []),
            Case(name: "max length changed", fields: longer, review: ["applicant.passport-number"], retired: []),
            Case(name: "code and help changed", fields: recoded, review: [], retired: []),
            Case(name: "field without value removed", fields: base, review: [], retired: []),
            Case(name: "field with value removed", fields: removed, review: [], retired: ["applicant.passport-number"]),
        ]
    }()

    @Test(arguments: cases)
    func valuesAreCarriedByFieldIDAndChangedFieldsListed(change: Case) throws {
        let draft = F.filledDraft()
        let pack = F.pack(edition: "2027-01", sections: [("applicant", change.fields)])
        let migration = try DraftMigration(migrating: draft, to: pack)

        #expect(migration.fromEdition == "2026-11" && migration.toEdition == "2027-01")
        #expect(migration.draft.form.edition == "2027-01")
        #expect(migration.fieldsToReview == change.review)
        #expect(migration.retiredFields == change.retired)
        #expect(migration.draft.fieldsToReview == Set(change.review))
        for field in draft.values.keys {
            if change.retired.contains(field) {
                #expect(migration.draft.values[field] == nil)
                #expect(migration.draft.retiredValues[field] == draft.values[field])
            } else {
                #expect(migration.draft.values[field] == draft.values[field])
            }
        }
        #expect(Set(migration.carriedFields + migration.fieldsToReview + migration.retiredFields) == Set(draft.values.keys))
        for field in change.review { #expect(!migration.draft.isReviewed(field)) }
        #expect(!DraftMigration.isNeeded(for: migration.draft, with: pack))
    }

    @Test func aRetiredValueComesBackForReviewWhenTheFieldReturns() throws {
        var fields = F.standardFields
        fields.remove(at: 1)
        let without = try DraftMigration(migrating: F.filledDraft(), to: F.pack(edition: "2", sections: [("applicant", fields)]))
        let back = try DraftMigration(migrating: without.draft, to: F.pack(edition: "3"))
        #expect(back.restoredFields == ["applicant.passport-number"])
        #expect(back.fieldsToReview == ["applicant.passport-number"])
        #expect(back.draft.values["applicant.passport-number"] == "P1234567")
        #expect(back.draft.retiredValues.isEmpty)
    }

    @Test func aValueWithoutARecordedDefinitionIsReviewed() throws {
        var draft = F.filledDraft()
        draft.fieldFingerprints = [:]
        let migration = try DraftMigration(migrating: draft, to: F.pack(edition: "2"))
        #expect(migration.fieldsToReview == draft.values.keys.sorted())
    }

    @Test(arguments: [
        (DraftPosition(section: "applicant", field: "applicant.email"), "applicant", DraftPosition(section: "applicant", field: "applicant.email")),
        (DraftPosition(section: "applicant", field: "applicant.gone"), "applicant", DraftPosition(section: "applicant", field: nil)),
        (DraftPosition(section: "applicant", field: "applicant.email"), "person", DraftPosition(section: "person", field: "applicant.email")),
        (DraftPosition(section: "applicant", field: "applicant.gone"), "person", nil),
        (DraftPosition(section: "applicant", field: nil), "applicant", DraftPosition(section: "applicant", field: nil)),
    ] as [(DraftPosition, String, DraftPosition?)])
    func thePositionFallsBackToWhatStillExists(position: DraftPosition, section: String, expected: DraftPosition?) throws {
        var draft = F.filledDraft()
        draft.position = position
        let migration = try DraftMigration(migrating: draft, to: F.pack(edition: "2", sections: [(section, F.standardFields)]))
        #expect(migration.draft.position == expected)
    }

    @Test func anotherFormIsRefused() {
        #expect(throws: DraftFormMismatch.self) {
            try DraftMigration(migrating: F.filledDraft(), to: F.pack(id: "other-form"))
        }
    }

    @Test func editionChangeAloneIsDetected() {
        let draft = F.filledDraft()
        #expect(!DraftMigration.isNeeded(for: draft, with: F.pack()))
        #expect(DraftMigration.isNeeded(for: draft, with: F.pack(edition: "2027-01")))
    }
}

@Suite struct DraftFingerprintTests {
    @Test(arguments: [
        (DraftsFixtures.field("a", "Name"), DraftsFixtures.field("a", "Name", code: "7.7"), true),
        (DraftsFixtures.field("a", "Name"), DraftsFixtures.field("a", "Names"), false),
        (DraftsFixtures.field("a", "Name"), DraftsFixtures.field("b", "Name"), false),
        (DraftsFixtures.field("a", "Name"), DraftsFixtures.field("a", "Name", type: .email), false),
        (DraftsFixtures.field("a", "Name"), DraftsFixtures.field("a", "Name", maxLength: 5), false),
    ])
    func theFingerprintFollowsTheQuestionNotItsPlace(first: FormField, second: FormField, same: Bool) {
        #expect((first.definitionFingerprint == second.definitionFingerprint) == same)
        #expect(first.definitionFingerprint.count == 16)
        #expect(first.definitionFingerprint.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    /// Drafts on disk hold these: the FNV-1a 64 of "id=a␟type=text␟label.en=Name␟maxLength=-"
    /// (worked out apart from the code), so a change of how it is computed cannot pass unseen.
    @Test func theFingerprintIsTheOneDraftsHold() {
        #expect(DraftsFixtures.field("a", "Name").definitionFingerprint == "f3e7e42368346ef4")
        #expect(DraftsFixtures.field("a", "Name", maxLength: 5).definitionFingerprint == "f3e7cc236834462c")
    }

    @Test func translatingTheLabelKeepsTheQuestion() {
        let english = FormField(id: "a", code: "1.1", label: LocalizedText(english: "Name"), type: .text)
        var translated = english
        translated.label = LocalizedText(["en": "Name", "id": "Nama"])
        var retranslated = english
        retranslated.label = LocalizedText(["en": "Name", "id": "Nama lengkap"])
        var reworded = english
        reworded.label = LocalizedText(["en": "Full name", "id": "Nama"])
        #expect(translated.definitionFingerprint == english.definitionFingerprint)
        #expect(retranslated.definitionFingerprint == english.definitionFingerprint)
        #expect(reworded.definitionFingerprint != english.definitionFingerprint)
    }
}
