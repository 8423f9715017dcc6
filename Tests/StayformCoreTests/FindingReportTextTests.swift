import StayformCore
import Testing
import TestSupport

/// The `check` report for a person, in English and in Indonesian: the same findings, ids and
/// values, the report's own words in its language.
@Suite struct FindingReportTextTests {
    static func report(language: String) -> FindingReport {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["passport.expiry-date"] = "2026-12-20"
        let findings = CrossCheckEngine(pack: CrossCheckFixtures.pack, language: language)
            .evaluateAll(draft: draft, today: CrossCheckFixtures.today, attachments: CrossCheckFixtures.files).findings
        var report = FindingReport(today: CrossCheckFixtures.today, language: language)
        report.append(DraftFindings(path: "ana.json", formID: "fixture", edition: "1", findings: findings))
        report.append(.unreadable(path: "gone.json", problem: "no such file"))
        return report
    }

    @Test func englishReport() {
        let lines = Self.report(language: "en").text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  BLOCKING (1)"))
        #expect(lines.contains(
            "    x [2.3 / 3.4] the passport expires on 2026-12-20, before the requested stay ends on 2026-12-30"))
        #expect(lines.contains("      expected: 2027-06-28   found: 2026-12-20"))
        #expect(lines.contains("  cannot check: no such file"))
        #expect(lines.contains { $0.hasPrefix("  1 blocking, ") })
        #expect(lines.contains("2 drafts checked for 2026-11-21: 1 with blocking findings, 1 could not be read"))
    }

    @Test func indonesianReport() {
        let text = Self.report(language: "id").text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  PENGHALANG (1)"), "\(text)")
        #expect(lines.contains(
            "    x [2.3 / 3.4] paspor berakhir pada 20 Desember 2026, sebelum masa tinggal yang dimohonkan berakhir pada 30 Desember 2026"),
            "\(text)")
        #expect(lines.contains("      seharusnya: 2027-06-28   ditemukan: 2026-12-20"), "\(text)")
        #expect(lines.contains("  tidak dapat diperiksa: no such file"), "\(text)")
        #expect(lines.contains("2 draf diperiksa untuk 21 November 2026: 1 dengan temuan penghalang, 1 tidak dapat dibaca"), "\(text)")
        #expect(lines.contains { $0.hasPrefix("      id: passport-validity.") }, "\(text)")
    }

    @Test func theSameFindingsInBothLanguages() {
        let english = Self.report(language: "en")
        let indonesian = Self.report(language: "id")
        #expect(english.jsonValue.keysOnly == indonesian.jsonValue.keysOnly)
        #expect(english.drafts.map { $0.findings.map(\.id) } == indonesian.drafts.map { $0.findings.map(\.id) })
        #expect(english.drafts.map(\.status) == indonesian.drafts.map(\.status))
    }

    @Test func aFindingReadAloudInIndonesian() throws {
        let finding = try #require(Self.report(language: "id").drafts[0].findings.first { $0.severity == .blocking })
        let sentence = finding.sentence(words: Language.indonesian.words)
        #expect(sentence.hasPrefix("Penghalang: 2.3 / 3.4: paspor berakhir pada "), "\(sentence)")
        #expect(sentence.contains(". Yang perlu dilakukan: "), "\(sentence)")
    }
}

extension JSONValue {
    /// The value's shape: objects' keys and arrays' lengths, every leaf left out.
    fileprivate var keysOnly: JSONValue {
        switch self {
        case .object(let members): .object(members.mapValues(\.keysOnly))
        case .array(let items): .array(items.map(\.keysOnly))
        default: .null
        }
    }
}
