import Foundation
import StayformCore
import Testing
import TestSupport

/// The three renderings of an export: user data kept as typed, markup escaped in Markdown,
/// control characters made visible in text and Markdown, JSON stable and complete.
@Suite struct ExportRenderingTests {
    static func export(name: String) -> ApplicationExport {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["applicant.full-name"] = name
        let findings = CrossCheckEngine(pack: CrossCheckFixtures.pack)
            .evaluateAll(draft: draft, today: CrossCheckFixtures.today, attachments: CrossCheckFixtures.files)
        return ApplicationExport(
            pack: CrossCheckFixtures.pack, draft: draft, findings: findings.findings, today: CrossCheckFixtures.today,
            attachments: CrossCheckFixtures.files)
    }

    @Test(arguments: [
        ("MÜLLER Hans", "| 1.1 | applicant.full-name | MÜLLER Hans |", "  1.1 applicant.full-name: MÜLLER Hans"),
        ("A|B", #"| 1.1 | applicant.full-name | A\|B |"#, "  1.1 applicant.full-name: A|B"),
        ("*x*_y_", #"| 1.1 | applicant.full-name | \*x\*\_y\_ |"#, "  1.1 applicant.full-name: *x*_y_"),
        ("evil\u{1B}[2J", "| 1.1 | applicant.full-name | evil␛\\[2J |", "  1.1 applicant.full-name: evil␛[2J"),
        ("a\u{202E}b", "| 1.1 | applicant.full-name | a\u{FFFD}b |", "  1.1 applicant.full-name: a\u{FFFD}b"),
    ])
    func valuesInMarkdownAndText(name: String, markdownLine: String, textLine: String) {
        let export = Self.export(name: name)
        #expect(export.markdown.split(separator: "\n").contains { $0 == markdownLine })
        #expect(export.text.split(separator: "\n").contains { $0 == textLine })
        #expect(!export.markdown.contains("\u{1B}") && !export.text.contains("\u{1B}"))
    }

    @Test(arguments: ["MÜLLER Hans", "A|B", "evil\u{1B}[2J"])
    func jsonKeepsTheValueAsTyped(name: String) throws {
        let json = Self.export(name: name).jsonText
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        let fields = try #require(sections.first?["fields"] as? [[String: Any]])
        #expect(fields.first?["value"] as? String == name)
        #expect(object["format"] as? Int == ApplicationExport.formatVersion)
        #expect(Set(object.keys) == [
            "format", "form", "edition", "title", "today", "category", "sections", "documents", "findings", "counts", "deadline",
        ])
    }

    @Test func jsonIsTheSameTextEveryTime() {
        let first = Self.export(name: "MÜLLER Hans").jsonText
        #expect(first == Self.export(name: "MÜLLER Hans").jsonText)
        #expect(first.hasSuffix("}\n"))
    }

    /// Every part is there in the text and Markdown renderings, in the order of the issue.
    @Test(arguments: [
        (\ApplicationExport.text, ["APPLICATION", "DOCUMENTS", "FINDINGS", "DEADLINES"]),
        (\ApplicationExport.markdown, ["## Application", "## Documents", "## Findings", "## Deadlines"]),
    ])
    func partsInOrder(rendering: KeyPath<ApplicationExport, String> & Sendable, headings: [String]) throws {
        let text = Self.export(name: "MÜLLER Hans")[keyPath: rendering]
        var position = text.startIndex
        for heading in headings {
            let found = try #require(text.range(of: heading, range: position..<text.endIndex), "\(heading) missing")
            position = found.upperBound
        }
        #expect(text.contains("2026-11-30 (30 Nov 2026), 9 days left"))
        #expect(text.contains("window-opens"))
    }
}
