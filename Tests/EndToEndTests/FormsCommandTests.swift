import Foundation
import Testing

/// `stayform forms show ID --figures`: every figure of the shipped pack with its source, dates
/// and confidence, so that a user can look up what a finding relies on.
@Suite struct FormsCommandTests {
    @Test func figuresListEveryFigureWithSourceAndDates() throws {
        let result = try Repository.stayform(["forms", "show", "stay-permit-extension", "--figures"])
        #expect(result.status == 0, "\(result.error)")
        let text = result.output
        #expect(text.contains("edition 2026-12"))
        for id in ["fee.voa-extension", "fee.visit-extension", "penalty.deportation-after",
            "duration.voa-stay", "duration.visa-exempt-stay", "duration.itap-extension", "limit.photo-max-size"]
        {
            #expect(text.contains("[\(id),"), "\(id)")
        }
        #expect(text.contains("IDR 1,000,000 — CONFIRMED"))
        #expect(text.contains("source: PP 45/2024 schedule on imigrasi.go.id's fee page"))
        #expect(text.contains("14 days (imigrasi.go.id, 2023-03-01) or 30 days"))
        #expect(text.contains("last checked: 30 Nov 2026"))
        // The 2027 holidays are estimates and say so.
        #expect(text.contains("confidence: unverified"))
        #expect(text.contains("(estimated)"))
        // Only figures: no sections or rules.
        #expect(!text.contains("Sections"))
        #expect(!text.contains("\nRules\n"))
    }

    @Test func theFullOutlineStillShowsTheSections() throws {
        let result = try Repository.stayform(["forms", "show", "stay-permit-extension"])
        #expect(result.status == 0)
        #expect(result.output.contains("Sections"))
        #expect(result.output.contains("ITAS obtained from a VITAS on arrival [itas-vitas-on-arrival]: NOT extendable"))
        #expect(result.output.contains("[visit] (replaces visit-c1, visit-other)"))
        #expect(result.output.contains("when the sponsor files: You are the applicant's"))
    }

    @Test(arguments: ["Forms/stay-permit-extension.yaml", "Forms/voa-extension.yaml"])
    func validateFindsEveryShippedTextInBothLanguages(path: String) throws {
        let result = try Repository.stayform(["forms", "validate", Repository.root.appendingPathComponent(path).path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasSuffix("edition 2026-12; every text in en, id\n"), "\(result.output)")
        #expect(!result.output.contains("has no"))
    }

    @Test func validateListsEachUntranslatedTextAtItsPlaceAndStaysValid() throws {
        // The 2026-11 edition translated only its titles and one label.
        let path = Repository.root.appendingPathComponent("Tests/Fixtures/edition-2026-11/stay-permit-extension.yaml").path
        let result = try Repository.stayform(["forms", "validate", path])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let untranslated = lines.filter { $0.hasSuffix("text; write it as { en: …, id: … }") }
        #expect(untranslated.count > 300)
        #expect(untranslated.allSatisfy { $0.hasPrefix("\(path):") && $0.contains(" has no `id` text") })
        #expect(untranslated.contains { $0.contains("`label` in field `applicant.sex` has no `id` text") })
        #expect(!untranslated.contains { $0.contains("field `applicant.full-name`") && $0.contains("`label`") })
        #expect(lines.last?.contains("; \(untranslated.count) text(s) missing a language") == true)
    }
}
