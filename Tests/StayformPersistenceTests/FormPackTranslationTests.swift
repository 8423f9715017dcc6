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

    @Test("every text of a shipped pack is in each of the pack's languages",
        arguments: FormPackFixtures.shippedPackURLs)
    func shippedPacksAreTranslated(_ url: URL) throws {
        let review = FormPackLoader.review(contentsOf: url)
        let pack = try review.result.get()
        #expect(pack.languages == ["en", "id"])
        #expect(review.untranslated.map(\.description) == [])
    }

    @Test("labels of fields, options and categories fit 60 columns in every language",
        arguments: FormPackFixtures.shippedPackURLs)
    func shippedLabelsFit(_ url: URL) throws {
        let pack = try FormPackLoader.validate(contentsOf: url).get()
        var labels: [(String, LocalizedText)] = pack.categories.map { ($0.id, $0.label) }
        for field in pack.allFields {
            labels.append((field.id, field.label))
            labels += field.options.map { ("\(field.id) \($0.value)", $0.label) }
            labels += field.wordingByFiler.values.compactMap { wording in
                wording.label.map { ("\(field.id) by filer", $0) }
            }
        }
        for (id, label) in labels {
            for language in pack.languages {
                #expect(label.resolved(for: language).count <= 60, "\(id) in \(language)")
            }
        }
    }
}
