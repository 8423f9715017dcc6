import Foundation
import StayformCore
import Testing
import TestSupport

/// The three renderings of an export: user data kept as typed, markup escaped in Markdown,
/// control characters made visible in text and Markdown, JSON stable and complete.
@Suite struct ExportRenderingTests {
    static func export(name: String, language: String = "en", _ edit: (inout Draft) -> Void = { _ in }) -> ApplicationExport {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["applicant.full-name"] = name
        edit(&draft)
        let findings = CrossCheckEngine(pack: CrossCheckFixtures.pack, language: language)
            .evaluateAll(draft: draft, today: CrossCheckFixtures.today, attachments: CrossCheckFixtures.files)
        return ApplicationExport(
            pack: CrossCheckFixtures.pack, draft: draft, findings: findings.findings, today: CrossCheckFixtures.today,
            attachments: CrossCheckFixtures.files, language: language)
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

    /// The export's own words in Indonesian: headings, labels, states and deadlines; the
    /// answers and the pack's texts as they are.
    @Test(arguments: [
        (\ApplicationExport.text, [
            "PERMOHONAN (sesuai urutan di portal)", "DOKUMEN", "[wajib] Passport: dilampirkan dan diperiksa", "TEMUAN",
            "TENGGAT WAKTU", "Izin tinggal berakhir: 2026-11-30 (30 Nov 2026), sisa 9 hari",
            "Masa pengajuan: dibuka 2026-11-16 (16 Nov 2026), ditutup 2026-11-27 (27 Nov 2026)",
        ]),
        (\ApplicationExport.markdown, [
            "## Permohonan", "| Kode | Isian | Jawaban |", "## Dokumen", "| Passport | wajib | dilampirkan dan diperiksa |",
            "## Temuan", "## Tenggat waktu", "| Izin tinggal berakhir | 2026-11-30 (30 Nov 2026), sisa 9 hari |",
        ]),
    ])
    func indonesianWords(rendering: KeyPath<ApplicationExport, String> & Sendable, lines: [String]) throws {
        let text = Self.export(name: "MÜLLER Hans", language: "id")[keyPath: rendering]
        var position = text.startIndex
        for line in lines {
            let found = try #require(text.range(of: line, range: position..<text.endIndex), "\(line) missing in\n\(text)")
            position = found.upperBound
        }
        for english in ["APPLICATION", "DOCUMENTS", "## Findings", "days left", "attached and checked", "expected:"] {
            #expect(!text.contains(english), "\(english)")
        }
    }

    /// A finding in an Indonesian export: its detail, values and what to do in Indonesian
    /// words, the values as found.
    @Test func indonesianFindingsInTheExport() {
        let export = Self.export(name: "MILLER Hans", language: "id") { $0.values["passport.expiry-date"] = "2026-12-20" }
        #expect(export.text.contains("PENGHALANG ("), "\(export.text)")
        #expect(export.text.contains("paspor berakhir pada 20 Desember 2026, sebelum masa tinggal yang dimohonkan berakhir pada 30 Desember 2026"),
                "\(export.text)")
        #expect(export.text.contains("seharusnya: 2027-06-28   ditemukan: 2026-12-20"), "\(export.text)")
        #expect(export.markdown.contains("### Penghalang ("), "\(export.markdown)")
        #expect(export.markdown.contains("  - ditemukan: 2026-12-20"), "\(export.markdown)")
    }
}
