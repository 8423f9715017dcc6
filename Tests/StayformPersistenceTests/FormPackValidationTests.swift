import Foundation
import StayformCore
import Testing

@testable import StayformPersistence

/// One way to break the minimal pack, where the error must point, and what it must say.
struct BrokenPackCase: CustomTestStringConvertible, Sendable {
    let name: String
    let old: String
    let new: String
    /// Text in the broken pack whose first occurrence is where the error must point.
    let marker: String
    /// Words the message must contain.
    let message: String
    /// Syntax errors: only their line is checked.
    var checksColumn = true

    var testDescription: String { name }
}

@Suite("Form pack validation")
struct FormPackValidationTests {
    static let cases: [BrokenPackCase] = [
        BrokenPackCase(name: "syntax error", old: "title: First", new: "title: First: Second",
            marker: "First: Second", message: "YAML syntax error", checksColumn: false),
        BrokenPackCase(name: "duplicate key", old: "        label: Name\n",
            new: "        label: Name\n        label: Again\n", marker: "label: Again",
            message: "duplicate key `label`"),
        BrokenPackCase(name: "unknown key", old: "help: As on the passport.",
            new: "hlep: As on the passport.", marker: "hlep", message: "unknown key `hlep`"),
        BrokenPackCase(name: "unknown top-level key", old: "countries:", new: "contries:",
            marker: "contries", message: "unknown key `contries`"),
        BrokenPackCase(name: "unknown field type", old: "type: person-name",
            new: "type: person_name", marker: "person_name",
            message: "unknown field type `person_name`"),
        BrokenPackCase(name: "duplicate field id", old: "- id: kind", new: "- id: name",
            marker: "name\n        code: \"1.2\"", message: "duplicate field `name`"),
        BrokenPackCase(name: "duplicate field code", old: "code: \"1.2\"", new: "code: \"1.1\"",
            marker: "\"1.1\"\n        label: Kind", message: "duplicate field code `1.1`"),
        BrokenPackCase(name: "field code outside its section", old: "code: \"1.3\"",
            new: "code: \"2.3\"", marker: "\"2.3\"", message: "must start with its section's code"),
        BrokenPackCase(name: "rule naming a missing fact", old: "params: { fact: name }",
            new: "params: { fact: nmae }", marker: "nmae",
            message: "names fact `nmae`, which the pack does not define"),
        BrokenPackCase(name: "condition naming a missing field",
            old: "{ field: kind, equals: visitor }", new: "{ field: knd, equals: visitor }",
            marker: "knd", message: "names field `knd`"),
        BrokenPackCase(name: "category requiring a missing document",
            old: "requires: [passport]", new: "requires: [passprt]", marker: "passprt",
            message: "names document `passprt`"),
        BrokenPackCase(name: "fact without a source document", old: "    source: passport\n",
            new: "", marker: "id: name\n    label: Name\n    normalizer",
            message: "is missing `source`"),
        BrokenPackCase(name: "fact whose source does not show it", old: "shows: [name]",
            new: "shows: []", marker: "name\n    label: Name\n    source",
            message: "does not list it under `shows`"),
        BrokenPackCase(name: "figure without a source",
            old: "provenance: { source: A decree, effective", new: "provenance: { effective",
            marker: "{ effective", message: "is missing `source`"),
        BrokenPackCase(name: "conflicting figure with one value",
            old: "checked: 2026-11-21, confidence: confirmed }\nholidays",
            new: "checked: 2026-11-21, confidence: conflicting }\nholidays",
            marker: "[{ amount", message: "is `conflicting`"),
        BrokenPackCase(name: "several values without conflict",
            old: "values: [{ amount: 500000, unit: IDR }]",
            new: "values: [{ amount: 500000, unit: IDR }, { amount: 750000, unit: IDR }]",
            marker: "[{ amount", message: "lists 2 values but its confidence is `confirmed`"),
        BrokenPackCase(name: "unknown figure unit", old: "unit: IDR", new: "unit: EUR",
            marker: "EUR", message: "unknown unit `EUR`"),
        BrokenPackCase(name: "unknown language", old: "{ en: Demo, id: Contoh }",
            new: "{ en: Demo, fr: Démo }", marker: "fr:", message: "unknown language `fr`"),
        BrokenPackCase(name: "impossible date", old: "effective: 2026-01-01\nlanguages",
            new: "effective: 2026-02-30\nlanguages", marker: "2026-02-30",
            message: "must be a real day"),
        BrokenPackCase(name: "pattern that is not a regular expression", old: "help: As on the passport.",
            new: "help: As on the passport.\n        pattern: '[A-Z'\n        format: letters", marker: "'[A-Z'",
            message: "is not a regular expression"),
        BrokenPackCase(name: "pattern without its format in words", old: "help: As on the passport.",
            new: "help: As on the passport.\n        pattern: '^[A-Z]+$'", marker: "'^[A-Z]+$'",
            message: "say in `format` what it expects"),
        BrokenPackCase(name: "a number range on a name", old: "help: As on the passport.",
            new: "help: As on the passport.\n        max: 12345", marker: "12345",
            message: "only `duration` and `money` fields take `max`"),
        BrokenPackCase(name: "a date bound on a name", old: "help: As on the passport.",
            new: "help: As on the passport.\n        latest: today", marker: "today",
            message: "only `date` fields take `latest`"),
        BrokenPackCase(name: "required fields without a required-fields rule", old: "\n        fact: name\n",
            new: "\n        fact: name\n        required: true\n", marker: "format: 1",
            message: "no rule of kind `required-fields`"),
        BrokenPackCase(name: "unknown rule kind", old: "kind: same-value",
            new: "kind: same-values", marker: "same-values", message: "unknown rule kind"),
        BrokenPackCase(name: "unknown severity", old: "severity: error",
            new: "severity: fatal", marker: "fatal", message: "unknown severity `fatal`"),
        BrokenPackCase(name: "rule missing a parameter", old: "params: { fact: name }",
            new: "params: { normalizer: date }", marker: "{ normalizer",
            message: "is missing `fact`"),
        BrokenPackCase(name: "rule with an unknown parameter", old: "params: { fact: name }",
            new: "params: { fact: name, fcat: name }", marker: "fcat",
            message: "unknown key `fcat`"),
        BrokenPackCase(name: "category that cannot extend without a stop text",
            old: "    stop-text: leave\n", new: "", marker: "id: exempt",
            message: "give it a `stop-text`"),
        BrokenPackCase(name: "stop text that does not exist", old: "stop-text: leave",
            new: "stop-text: leav", marker: "leav\n", message: "names text `leav`"),
        BrokenPackCase(name: "attachment without a document", old: "        document: passport\n",
            new: "", marker: "id: scan", message: "say which `document`"),
        BrokenPackCase(name: "choice without options", old: "category-field: kind\n", new: "",
            marker: "kind\n        code", message: "is a choice; give it `options`"),
        BrokenPackCase(name: "holiday outside its year", old: "{ date: 2026-01-01, kind",
            new: "{ date: 2025-12-31, kind", marker: "2025-12-31", message: "is not in 2026"),
        BrokenPackCase(name: "wording for an unknown filer", old: "help: As on the passport.\n",
            new: "help: As on the passport.\n        by-filer: { guarantor: { label: Name } }\n",
            marker: "guarantor", message: "unknown filer `guarantor`"),
        BrokenPackCase(name: "wording with neither label nor help", old: "help: As on the passport.\n",
            new: "help: As on the passport.\n        by-filer: { sponsor: {} }\n",
            marker: "{} }", message: "gives neither `label` nor `help`"),
        BrokenPackCase(name: "a category replacing a value still offered", old: "  - id: visitor\n",
            new: "  - id: visitor\n    replaces: [exempt]\n", marker: "kind\nsections",
            message: "`exempt` in the categories is both offered and replaced"),
        BrokenPackCase(name: "a choice marked to mask", old: "type: single-choice\n",
            new: "type: single-choice\n        mask: true\n", marker: "true\n        help: Which kind",
            message: "only a field typed in can be masked"),
        BrokenPackCase(name: "mask that is not true or false", old: "help: As on the passport.\n",
            new: "help: As on the passport.\n        mask: hidden\n", marker: "hidden",
            message: "`mask` in field"),
        BrokenPackCase(name: "unsupported format version", old: "format: 1", new: "format: 2",
            marker: "2\nid:", message: "reads pack format 1, not 2"),
    ]

    @Test("each kind of mistake is reported with its position", arguments: cases)
    func reportsMistake(_ broken: BrokenPackCase) throws {
        let text = try #require(FormPackFixtures.minimal(replacing: broken.old, with: broken.new))
        let expected = try #require(FormPackFixtures.position(of: broken.marker, in: text))
        let result = FormPackLoader.validate(text: text, path: "packs/demo.yaml")
        guard case .failure(let problems) = result else {
            Issue.record("the broken pack was accepted")
            return
        }
        let matching = problems.errors.filter { $0.message.contains(broken.message) }
        #expect(matching.count == 1, "errors: \(problems)")
        let error = try #require(matching.first)
        #expect(error.path == "packs/demo.yaml")
        #expect(error.line == expected.line, "\(error)")
        if broken.checksColumn {
            #expect(error.column == expected.column, "\(error)")
        }
        #expect(error.description.hasPrefix("packs/demo.yaml:\(expected.line):"))
    }

    @Test("the minimal pack is valid")
    func minimalPackIsValid() throws {
        let pack = try FormPackLoader.validate(text: FormPackFixtures.minimal, path: "demo.yaml").get()
        #expect(pack.id == "demo")
        #expect(pack.categoryFieldID == "kind")
        #expect(pack.field(id: "kind")?.options.map(\.value) == ["visitor", "exempt"])
        #expect(pack.category(id: "exempt")?.isExtendable == false)
        #expect(pack.figure(id: "fee")?.amount == 500_000)
        #expect(pack.field(id: "scan")?.requiredWhen == .equals(field: "kind", value: "visitor"))
    }

    @Test("wording by filer and former values are read")
    func wordingAndFormerValues() throws {
        var text = FormPackFixtures.minimal
        text = text.replacingOccurrences(of: "help: As on the passport.\n",
            with: "help: As on the passport.\n        by-filer: { sponsor: { label: \"Applicant's name\" } }\n")
        text = text.replacingOccurrences(of: "  - id: visitor\n", with: "  - id: visitor\n    replaces: [tourist]\n")
        let pack = try FormPackLoader.validate(text: text, path: "demo.yaml").get()
        let name = try #require(pack.field(id: "name"))
        #expect(name.wordingByFiler[.sponsor]?.label?.resolved() == "Applicant's name")
        #expect(name.wordingByFiler[.sponsor]?.help == nil)
        #expect(pack.field(id: "kind")?.options.first?.formerValues == ["tourist"])
    }

    @Test("every mistake is reported at once, in file order")
    func reportsEveryMistake() throws {
        var text = FormPackFixtures.minimal
        let mistakes = [
            ("type: person-name", "type: person_name"),
            ("params: { fact: name }", "params: { fact: nmae }"),
            ("unit: IDR", "unit: EUR"),
        ]
        for (old, new) in mistakes {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        guard case .failure(let problems) = FormPackLoader.validate(text: text, path: "x.yaml")
        else {
            Issue.record("the broken pack was accepted")
            return
        }
        #expect(problems.errors.count == mistakes.count, "\(problems)")
        let lines = problems.errors.compactMap(\.line)
        #expect(lines == lines.sorted())
    }

    @Test("whole-file problems", arguments: [
        ("", "is empty"),
        ("- a\n- list\n", "must be a mapping"),
        ("id: [unclosed\n", "YAML syntax error"),
    ])
    func wholeFileProblems(text: String, message: String) {
        guard case .failure(let problems) = FormPackLoader.validate(text: text, path: "p.yaml")
        else {
            Issue.record("accepted")
            return
        }
        #expect(problems.errors.contains { $0.message.contains(message) }, "\(problems)")
    }

    @Test("parse throws the first problem and counts the rest")
    func parseThrowsFirst() throws {
        let text = try #require(FormPackFixtures.minimal(replacing: "unit: IDR", with: "unit: EUR")?
            .replacingOccurrences(of: "severity: error", with: "severity: fatal"))
        #expect {
            _ = try FormPackLoader.parse(text, path: "p.yaml")
        } throws: { error in
            guard let error = error as? LoadError else { return false }
            return error.message.contains("and 1 more problems")
                && error.message.contains("stayform forms validate p.yaml")
        }
    }

    @Test("a missing file is a clear error, not a crash")
    func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/stayform/pack.yaml")
        guard case .failure(let problems) = FormPackLoader.validate(contentsOf: url) else {
            Issue.record("accepted")
            return
        }
        #expect(problems.errors.first?.message.contains("cannot read the form pack") == true)
    }
}
