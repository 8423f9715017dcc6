import Foundation
import StayformCore
import Testing

@testable import StayformPersistence

/// `stayform forms validate` lists every text that lacks one of the pack's languages, at its
/// line and column, without making the pack invalid.
@Suite("Form pack translations")
struct FormPackTranslationTests {
    @Test("a plain text and a mapping without `id` are each reported at their position")
    func reportsEachUntranslatedText() throws {
        let text = """
            format: 1
            id: demo
            title: { en: Demo, id: Contoh }
            edition: "1"
            effective: 2026-01-01
            languages: [en, id]
            sections:
              - id: first
                code: "1"
                title: { en: First }
                fields:
                  - id: name
                    code: "1.1"
                    label: { en: Name, id: Nama }
                    type: text
                    help: As on the passport.
            """
        let review = FormPackLoader.review(text: text, path: "demo.yaml")
        let pack = try review.result.get()
        #expect(pack.id == "demo")
        #expect(review.untranslated.map(\.line) == [10, 16])
        #expect(review.untranslated.map(\.column) == [12, 15])
        #expect(review.untranslated.map(\.description) == [
            "demo.yaml:10:12: `title` in section `first` has no `id` text; write it as { en: …, id: … }",
            "demo.yaml:16:15: `help` in field `name` has no `id` text; write it as { en: …, id: … }",
        ])
    }

    @Test("a pack in English only has nothing to translate")
    func englishOnlyPack() throws {
        let text = FormPackFixtures.minimal.replacingOccurrences(
            of: "languages: [en, id]", with: "languages: [en]")
            .replacingOccurrences(of: "title: { en: Demo, id: Contoh }", with: "title: Demo")
        let review = FormPackLoader.review(text: text, path: "demo.yaml")
        _ = try review.result.get()
        #expect(review.untranslated.isEmpty)
    }

    @Test("an invalid pack still lists its untranslated texts beside its problems")
    func invalidPackKeepsReport() {
        let text = FormPackFixtures.minimal.replacingOccurrences(of: "format: 1", with: "format: 9")
        let review = FormPackLoader.review(text: text, path: "demo.yaml")
        #expect(throws: FormPackErrors.self) { try review.result.get() }
        #expect(!review.untranslated.isEmpty)
        #expect(FormPackLoader.validate(text: text, path: "demo.yaml").map(\.id)
            == review.result.map(\.id))
    }
}
