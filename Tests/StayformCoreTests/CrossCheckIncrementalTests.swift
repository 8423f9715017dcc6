import PropertyBased
import StayformCore
import Testing
import TestSupport

/// Re-evaluating only the rules that read an edited field gives exactly what evaluating every
/// rule gives, after any sequence of edits to values, restatements and attachments.
@Suite struct CrossCheckIncrementalTests {
    let engine = CrossCheckEngine(pack: CrossCheckFixtures.pack)

    static let fieldIDs = CrossCheckFixtures.pack.allFields.map(\.id)
    static let values = [
        "", "voa", "visit", "MULLER Hans", "MÜLLER Hans", "2026-12-28", "2026-11-30", "1985-08-15", "2027-01-02",
        "5171035508850002", "one", "none", "X1234567", "C4JN12K57", "hans@example.org", "0812 3456 7890", "F", "M",
        "30", "120", "2026-07-03", "DEU",
        CrossCheckRuleKindTests.mrz(), CrossCheckRuleKindTests.mrz(number: "C4JN12K58"),
    ]
    static let restatements: [Restatement?] = [nil, .matches("MÜLLER Hans"), .differs("MILLER Hans"), .differs("1985-05-03")]
    static let documents = CrossCheckFixtures.pack.documents.map(\.id)

    /// One edit: a field's value, a document's restatement of a field, or a document's files.
    enum Edit: Sendable, CustomStringConvertible {
        case value(field: String, value: String)
        case restatement(document: String, field: String, Restatement?)
        case dropFiles(document: String)

        var description: String {
            switch self {
            case .value(let field, let value): "\(field) = \(value)"
            case .restatement(let document, let field, let restatement): "\(document) restates \(field): \(String(describing: restatement))"
            case .dropFiles(let document): "drop files of \(document)"
            }
        }

        /// Applies the edit; returns the field to report as changed.
        func apply(to draft: inout Draft, pack: FormPack) -> String {
            switch self {
            case .value(let field, let value):
                draft.values[field] = value
                return field
            case .restatement(let document, let field, let restatement):
                draft.restatements[document, default: [:]][field] = restatement
                return field
            case .dropFiles(let document):
                draft.attachments[document] = nil
                return pack.allFields.first { $0.document == document }?.id ?? document
            }
        }
    }

    static let edit = Gen.oneOf(
        zip(Gen.element(of: fieldIDs), Gen.element(of: values)).map { Edit.value(field: $0 ?? "", value: $1 ?? "") },
        zip(Gen.element(of: documents), Gen.element(of: fieldIDs), Gen.element(of: restatements)).map {
            Edit.restatement(document: $0 ?? "", field: $1 ?? "", $2 ?? nil)
        },
        Gen.element(of: documents).map { Edit.dropFiles(document: $0 ?? "") })

    @Test func incrementalMatchesFullEvaluation() async {
        await propertyCheck(count: 400, input: Self.edit.array(of: 1...20)) { edits in
            var draft = CrossCheckFixtures.cleanDraft
            let files = CrossCheckFixtures.files
            let today = CrossCheckFixtures.today
            var set = engine.evaluateAll(draft: draft, today: today, attachments: files)
            for edit in edits {
                let changed = edit.apply(to: &draft, pack: CrossCheckFixtures.pack)
                set = engine.reevaluate(set, changedFields: [changed], draft: draft, today: today, attachments: files)
                #expect(set == engine.evaluateAll(draft: draft, today: today, attachments: files), "after \(edit)")
            }
        }
    }

    /// The fields rules read in their `when` conditions: an edit of one re-runs a unit that
    /// reads it nowhere else only when the condition's verdict changes.
    static let conditionFieldIDs = Array(Set(CrossCheckFixtures.pack.rules.flatMap { $0.when?.fieldIDs ?? [] })).sorted()

    @Test func editsOfConditionFieldsMatchFullEvaluation() async {
        let edit = zip(Gen.element(of: Self.conditionFieldIDs), Gen.element(of: Self.values)).map {
            Edit.value(field: $0 ?? "", value: $1 ?? "")
        }
        await propertyCheck(count: 300, input: Gen.oneOf(edit, edit, Self.edit).array(of: 1...20)) { edits in
            expectUpdatesMatchFullEvaluation(edits)
        }
    }

    /// Edits whose effect goes through a rule's condition, a required-when or the category.
    @Test(arguments: [
        [Edit.value(field: "permit.extensions-so-far", value: "one"), .value(field: "permit.category", value: "visit"),
         .value(field: "permit.category", value: "voa")],
        [.value(field: "sponsor.name", value: "MULLER Hans"),
         .restatement(document: "guarantee-letter", field: "sponsor.name", .differs("MILLER Hans")),
         .value(field: "permit.category", value: "visit"), .value(field: "sponsor.name", value: "MILLER Hans")],
        [.value(field: "permit.category", value: "visit"), .value(field: "sponsor.nik", value: "5171035508850002"),
         .value(field: "sponsor.birth-date", value: "1985-08-15"), .value(field: "sponsor.sex", value: "M"),
         .value(field: "sponsor.sex", value: "F")],
        [.dropFiles(document: "photo"), .value(field: "permit.category", value: "visit"), .dropFiles(document: "passport")],
        [.value(field: "passport.mrz", value: CrossCheckRuleKindTests.mrz(number: "C4JN12K58")),
         .value(field: "passport.number", value: "C4JN12K58"), .value(field: "passport.mrz", value: "")],
    ])
    func conditionalEditSequences(edits: [Edit]) {
        expectUpdatesMatchFullEvaluation(edits)
    }

    /// Applies `edits` to the clean draft one by one, updating the findings in place; after
    /// each, they are those of a full evaluation.
    private func expectUpdatesMatchFullEvaluation(_ edits: [Edit]) {
        var draft = CrossCheckFixtures.cleanDraft
        let files = CrossCheckFixtures.files
        let today = CrossCheckFixtures.today
        var set = engine.evaluateAll(draft: draft, today: today, attachments: files)
        for edit in edits {
            let changed = edit.apply(to: &draft, pack: CrossCheckFixtures.pack)
            engine.update(&set, changedFields: [changed], draft: draft, today: today, attachments: files)
            #expect(set == engine.evaluateAll(draft: draft, today: today, attachments: files), "after \(edit)")
        }
    }

    /// Any text in any field, including numbers too large for date arithmetic, gives findings
    /// and never traps.
    @Test func anyTextInAnyFieldIsChecked() async {
        let hostile = Gen.oneOf(
            Gen.element(of: ["9223372036854775807", "-9223372036854775808", "99999999999999999999", "0000-00-00",
                             "9999-12-31", "0001-01-01", "\u{0}", "P<<<<", "+", "@", "٣٤", "MÜ\u{308}LLER"]).map { $0 ?? "" },
            Gen.unicodeScalar(in: "\u{0}"..."\u{2FF}").array(of: 0...30).map { String(String.UnicodeScalarView($0)) })
        await propertyCheck(count: 200, input: Gen.element(of: Self.fieldIDs).array(of: 1...8), hostile.array(of: 8)) { fields, texts in
            var draft = CrossCheckFixtures.cleanDraft
            for (field, text) in zip(fields, texts) { draft.values[field ?? ""] = text }
            draft.values["request.duration"] = texts.first
            let set = engine.evaluateAll(draft: draft, today: CrossCheckFixtures.today, attachments: CrossCheckFixtures.files)
            #expect(set.findings.allSatisfy { !$0.id.isEmpty && ($0.severity == .note || !$0.advice.isEmpty) })
        }
    }

    @Test(arguments: ["9223372036854775807", "36501", "-5", "x"])
    func extremeDurationsAreBounded(duration: String) {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["request.duration"] = duration
        draft.values["permit.category"] = "visit"
        draft.values["permit.arrival-date"] = "2026-11-01"
        let ids = engine.evaluateAll(draft: draft, today: CrossCheckFixtures.today, attachments: CrossCheckFixtures.files)
            .findings.map(\.id)
        let huge = (Int(duration) ?? 0) > 36_500
        #expect(ids.contains("passport-validity.passport.expiry-date") == huge)
        #expect(ids.contains("visit-180.permit.arrival-date") == huge)
    }

    @Test(arguments: [
        ("applicant.full-name", ["name", "required-fields", "mrz"]),
        ("permit.category", ["sponsor-name", "sponsor-nik", "voa-once", "voa-stay-end", "visit-180", "required-fields", "required-documents", "nik"]),
        ("doc.photo", ["required-documents", "exists", "photo-size", "photo-type", "pixels", "digest"]),
        ("applicant.phone", ["required-fields", "phone"]),
    ])
    func editedFieldReachesOnlyTheRulesThatReadIt(field: String, rules: [String]) {
        let pack = CrossCheckFixtures.pack
        let reached = Set(engine.index.unitIndices(reading: [field]).map { pack.rules[engine.index.units[$0].ruleIndex].id })
        #expect(reached == Set(rules))
    }

    @Test func requiredFieldsAreCheckedOneFieldAtATime() {
        let units = engine.index.unitIndices(reading: ["applicant.email"])
            .map { engine.index.units[$0] }
            .filter { CrossCheckFixtures.pack.rules[$0.ruleIndex].kind == .requiredFields }
        #expect(units.map(\.subject) == ["applicant.email"])
    }
}
