import Foundation
import StayformCore
import SystemPackage
import Testing

@testable import StayformPersistence

/// Drafts of edition 2026-11 (the examples of that edition, kept in `Tests/Fixtures/edition-2026-11`
/// with that edition's pack) open under the shipped 2026-12 pack: nothing typed is lost, renamed
/// answers carry their new value, and every answer whose question changed is flagged.
@Suite struct EditionMigrationTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let oldEdition = repository.appendingPathComponent("Tests/Fixtures/edition-2026-11")
    static let examples = ["clean-evoa.json", "expired-permit.json", "oversize-photo.json",
        "passport-expiring.json", "sponsor-name-mismatch.json"]

    static func newPack() throws -> FormPack {
        try FormPackLoader.load(contentsOf: repository.appendingPathComponent("Forms/stay-permit-extension.yaml"))
    }

    static func oldPack() throws -> FormPack {
        try FormPackLoader.load(contentsOf: oldEdition.appendingPathComponent("stay-permit-extension.yaml"))
    }

    /// An old example as the 2026-11 wizard would have saved it: with that edition's fingerprints.
    static func oldDraft(_ name: String) throws -> Draft {
        var file = DraftFile(path: FilePath(oldEdition.appendingPathComponent(name).path))
        var draft = try #require(try file.load(formID: nil))
        #expect(draft.form.edition == "2026-11")
        draft.fieldFingerprints = Draft(pack: try oldPack()).fieldFingerprints
        return draft
    }

    @Test(arguments: examples)
    func nothingTypedIsLost(name: String) throws {
        let old = try Self.oldDraft(name)
        let migration = try DraftMigration(migrating: old, to: try Self.newPack())
        #expect(migration.draft.form.edition == "2026-12")
        for (field, value) in old.values {
            let kept = migration.draft.values[field] ?? migration.draft.retiredValues[field]
            #expect(kept != nil, "\(field) lost")
            if kept != value {
                // Only a renamed answer may change, and it is flagged.
                #expect(migration.fieldsToReview.contains(field), "\(field): \(value) → \(kept ?? "-")")
            }
        }
        #expect(migration.draft.attachments == old.attachments)
    }

    @Test(arguments: examples)
    func changedQuestionsAreFlaggedAndUnchangedOnesCarried(name: String) throws {
        let migration = try DraftMigration(migrating: try Self.oldDraft(name), to: try Self.newPack())
        // The category, the stay's last day (its help told people to type "Valid until") and
        // the arrival (now read from the entry stamp) changed meaning.
        for field in ["permit.category", "permit.expiry-date", "permit.arrival-date", "request.duration"] {
            #expect(migration.fieldsToReview.contains(field), "\(field)")
        }
        for field in ["applicant.full-name", "applicant.birth-date", "passport.number", "passport.expiry-date"] {
            #expect(migration.carriedFields.contains(field), "\(field)")
        }
        #expect(migration.retiredFields.contains("address.mailing"))
    }

    @Test func aRenamedCategoryAndIndexTakeTheirNewValues() throws {
        var old = try Self.oldDraft("sponsor-name-mismatch.json")
        old.values["permit.visa-index"] = "c3a2"
        let pack = try Self.newPack()
        let migration = try DraftMigration(migrating: old, to: pack)
        #expect(migration.draft.values["permit.category"] == "visit")
        #expect(migration.draft.values["permit.visa-index"] == "c3")
        #expect(migration.fieldsToReview.contains("permit.visa-index"))
        #expect(pack.selectedCategory(given: migration.draft.values)?.id == "visit")
        // The funds answer is kept (now optional), flagged because its question changed.
        #expect(migration.draft.values["request.funds"] == old.values["request.funds"])
        #expect(migration.fieldsToReview.contains("request.funds"))
    }

    @Test func anOldDraftIsCheckedUnderItsNewValues() throws {
        let pack = try Self.newPack()
        var checker = DraftChecker(today: try #require(CalendarDate(iso8601: "2026-11-21"))) { _ in pack }
        let checked = try checker.inspect(path: Self.oldEdition.appendingPathComponent("sponsor-name-mismatch.json").path).get()
        #expect(checked.draft.values["permit.category"] == "visit")
        // The visit category requires the return ticket the 2026-11 example lacks.
        #expect(checked.findings.contains { $0.id == "required-documents.return-ticket" && $0.severity == .blocking })
    }
}
