import Foundation
import StayformCore
import StayformPersistence
import SystemPackage

/// Measures the cross-check engine on a generated pack of 1,000 fields and 3,000 rules: a full
/// evaluation, a re-evaluation after one edit (what the wizard runs on every keystroke), and
/// `stayform check`'s work per draft (read the draft and its files, evaluate, render JSON) on
/// the shipped pack and examples.
enum CrossCheckBenchmark {
    /// Runs the measurements; returns the report lines. Paths are relative to the repository.
    static func run() -> String {
        let pack = generatedPack(fieldCount: 1000, ruleCount: 3000)
        let engine = CrossCheckEngine(pack: pack)
        let draft = generatedDraft(for: pack)
        let today = CalendarDate(year: 2026, month: 11, day: 21) ?? CalendarDate(daysSinceEpoch: 0)
        let clock = ContinuousClock()
        var lines: [String] = []

        var full: [Duration] = []
        var set = engine.evaluateAll(draft: draft, today: today, attachments: [:])
        for _ in 0..<30 {
            let start = clock.now
            set = engine.evaluateAll(draft: draft, today: today, attachments: [:])
            full.append(start.duration(to: clock.now))
        }
        lines.append(
            "cross-check full evaluation (\(pack.allFields.count) fields, \(pack.rules.count) rules, "
                + "\(engine.index.units.count) units, \(set.count) findings): \(Percentiles(full).summary())")

        var generator = SplitMix64(seed: 42)
        let fieldIDs = pack.allFields.map(\.id)
        // Even edits type an `x` into the field, odd ones leave it as it is.
        let editedFields = (0..<20_000).map { _ in fieldIDs[Int(generator.next() % UInt64(fieldIDs.count))] }
        var edited = draft
        var inPlace: [Duration] = []
        var copying: [Duration] = []
        for (iteration, field) in editedFields.enumerated() {
            edited.values[field] = (edited.values[field] ?? "") + (iteration % 2 == 0 ? "x" : "")
            let start = clock.now
            if iteration % 2 == 0 {
                engine.update(&set, changedFields: [field], draft: edited, today: today, attachments: [:])
                inPlace.append(start.duration(to: clock.now))
            } else {
                set = engine.reevaluate(set, changedFields: [field], draft: edited, today: today, attachments: [:])
                copying.append(start.duration(to: clock.now))
            }
        }
        let consistent = set == engine.evaluateAll(draft: edited, today: today, attachments: [:])
        let fanOut = fieldIDs.map { engine.index.unitIndices(reading: $0).count }.sorted()
        lines.append(
            "cross-check re-evaluation after one edit: update(&set) \(Percentiles(inPlace).summary(withMaximum: true)); "
                + "reevaluate(set) \(Percentiles(copying).summary(withMaximum: true))"
                + "; units re-run per edited field: median \(fanOut[fanOut.count / 2]), max \(fanOut.last ?? 0)"
                + (consistent ? "" : " — INCONSISTENT with a full evaluation"))
        let least = leastOfReplays(engine: engine, draft: draft, editedFields: editedFields, today: today, clock: clock)
        lines.append(
            "cross-check re-evaluation after one edit, least of 5 replays of each edit (what the code costs, the "
                + "machine's noise taken out): update(&set) \(Percentiles(least).summary(withMaximum: true))")
        lines.append(checkThroughput(clock: clock, today: today))
        return lines.joined(separator: "\n")
    }

    /// The `update(&set)` edits of `run` (every even one of `editedFields` types an `x`) made
    /// again from the same draft five times; each edit's shortest time. On a shared machine an
    /// edit now and then waits for another program, which the percentiles of one run include.
    private static func leastOfReplays(
        engine: CrossCheckEngine, draft: Draft, editedFields: [String], today: CalendarDate, clock: ContinuousClock
    ) -> [Duration] {
        var least = Array(repeating: Duration.seconds(1), count: (editedFields.count + 1) / 2)
        for _ in 0..<5 {
            var set = engine.evaluateAll(draft: draft, today: today, attachments: [:])
            var edited = draft
            for (iteration, field) in editedFields.enumerated() where iteration % 2 == 0 {
                edited.values[field] = (edited.values[field] ?? "") + "x"
                let start = clock.now
                engine.update(&set, changedFields: [field], draft: edited, today: today, attachments: [:])
                least[iteration / 2] = min(least[iteration / 2], start.duration(to: clock.now))
            }
        }
        return least
    }

    /// `stayform check`'s per-draft work (`DraftChecker`, then the JSON report) on the shipped
    /// pack and two example drafts.
    private static func checkThroughput(clock: ContinuousClock, today: CalendarDate) -> String {
        let makeChecker: @Sendable () -> DraftChecker = {
            DraftChecker(today: today) { formID throws(DraftChecker.PackUnavailable) in
                do throws(LoadError) {
                    return try FormPackLoader.load(contentsOf: URL(fileURLWithPath: "Forms/\(formID).yaml"))
                } catch {
                    throw DraftChecker.PackUnavailable(error.description)
                }
            }
        }
        let examples = ["docs/examples/clean-evoa.json", "docs/examples/sponsor-name-mismatch.json"]
        let count = 2000
        let paths = (0..<count).map { examples[$0 % examples.count] }
        var lines: [String] = []
        for workers in [1, 2] {
            let start = clock.now
            let results = DraftChecker.checkAll(paths, workers: workers, makeChecker: makeChecker)
            let bytes = results.reduce(0) { $0 + FindingReport(today: today, drafts: [$1]).jsonText.utf8.count }
            let elapsed = start.duration(to: clock.now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let perSecond = Int(Double(count) / max(seconds, 1e-9))
            let failures = results.filter { $0.problem != nil }.count
            let failed = failures > 0 ? ", \(failures) FAILED (run from the repository)" : ""
            lines.append(
                "check throughput, \(workers) worker(s) (read draft and attachments, evaluate, render JSON; shipped pack, "
                    + "pack loading included): \(perSecond) drafts/s (\(count) drafts, \(bytes / count) bytes of JSON each)\(failed)")
        }
        return lines.joined(separator: "\n")
    }

    /// A pack of `fieldCount` fields in sections of 100 and `ruleCount` rules of the kinds a
    /// real pack uses, each reading a few fields.
    static func generatedPack(fieldCount: Int, ruleCount: Int) -> FormPack {
        let factCount = fieldCount / 5
        var fields: [FormField] = []
        for index in 0..<fieldCount {
            let id = "f\(index)"
            let label = LocalizedText(english: "Field \(index)")
            let choice = FieldCondition.equals(field: "c\(index % 50)", value: "yes")
            switch index % 10 {
            case 0, 1, 2:
                let type: FieldType = index % 3 == 0 ? .personName : (index % 3 == 1 ? .passportNumber : .date)
                fields.append(FormField(id: id, code: "\(index)", label: label, type: type, isRequired: true, fact: "fact\(index % factCount)"))
            case 3:
                // The first 50 are the choices the conditions read.
                let choiceID = index / 10 < 50 ? "c\(index / 10)" : id
                fields.append(FormField(id: choiceID, code: "\(index)", label: label, type: .yesNo))
            case 4:
                fields.append(FormField(id: id, code: "\(index)", label: label, type: .date, requiredWhen: choice))
            case 5:
                fields.append(FormField(id: id, code: "\(index)", label: label, type: .email, isRequired: true))
            case 6:
                fields.append(FormField(id: id, code: "\(index)", label: label, type: .phone, shownWhen: choice))
            case 7:
                fields.append(FormField(id: id, code: "\(index)", label: label, type: .nik, requiredWhen: choice))
            default:
                fields.append(FormField(id: id, code: "\(index)", label: label, type: .text, isRequired: index % 2 == 0))
            }
        }
        let sections = stride(from: 0, to: fields.count, by: 100).map { start in
            FormSection(
                id: "s\(start / 100)", code: "\(start / 100)", title: LocalizedText(english: "Section \(start / 100)"),
                fields: Array(fields[start..<min(start + 100, fields.count)]))
        }
        let normalizers: [ValueNormalizer] = [.personName, .passportNumber, .date]
        let facts = (0..<factCount).map {
            Fact(id: "fact\($0)", label: LocalizedText(english: "Fact \($0)"), sourceDocumentID: "d\($0 % 20)",
                 normalizer: normalizers[$0 % 3])
        }
        let documents = (0..<20).map { SupportingDocument(id: "d\($0)", label: LocalizedText(english: "Document \($0)")) }
        let figures = [
            figure("opens", FigureValue(amount: 14, unit: .days)), figure("closes", FigureValue(items: ["last-working-day-before-expiry"])),
            figure("warn", FigureValue(amount: 7, unit: .days)), figure("margin", FigureValue(amount: 180, unit: .days)),
            figure("cap", FigureValue(amount: 180, unit: .days)),
        ]
        let dateFields = fields.filter { $0.type == .date }.map(\.id)
        let emailFields = fields.filter { $0.type == .email }.map(\.id)
        let phoneFields = fields.filter { $0.type == .phone }.map(\.id)
        let nikFields = fields.filter { $0.type == .nik }.map(\.id)
        var rules = [
            CheckRule(id: "required-fields", kind: .requiredFields, severity: .error, message: LocalizedText(english: "Missing.")),
            CheckRule(id: "required-documents", kind: .requiredDocuments, severity: .error, message: LocalizedText(english: "Missing.")),
        ]
        // One same-value rule per fact, as in a real pack; a third of the rules have a condition.
        for fact in facts {
            rules.append(CheckRule(
                id: "same-\(fact.id)", kind: .sameValue, severity: .error, message: LocalizedText(english: "Differs."),
                parameters: ["fact": .name(fact.id)]))
        }
        for index in 0..<max(0, ruleCount - rules.count) {
            let message = LocalizedText(english: "Rule \(index) failed.")
            let when: FieldCondition? = index % 3 == 0 ? .not(.equals(field: "c\(index % 50)", value: "no")) : nil
            func pick(_ ids: [String], _ offset: Int = 0) -> RuleParameter { .name(ids[(index + offset) % ids.count]) }
            let (kind, parameters): (RuleKind, [String: RuleParameter]) =
                switch index % 7 {
                case 0: (.daysToExpiry, ["expiry-field": pick(dateFields), "warn-days": .name("warn")])
                case 1: (.filingWindow, ["expiry-field": pick(dateFields), "opens-days-before": .name("opens"), "closes": .name("closes")])
                case 2: (.passportValidity, [
                    "passport-expiry-field": pick(dateFields), "permit-expiry-field": pick(dateFields, 1),
                    "duration-field": pick(fields.map(\.id)), "margin": .name("margin"),
                ])
                case 3: (.emailConfirmation, ["field": pick(emailFields), "confirmation-field": pick(emailFields, 1)])
                case 4: (.phoneFormat, ["fields": .names([phoneFields[index % phoneFields.count]])])
                case 5: (.extensionCap, ["category": .name("any"), "cap": .name("cap"), "arrival-field": pick(dateFields),
                                          "expiry-field": pick(dateFields, 2), "duration-field": pick(fields.map(\.id))])
                default: (.nik, ["nik-field": pick(nikFields), "birth-date-field": pick(dateFields), "sex-field": pick(fields.map(\.id))])
                }
            rules.append(CheckRule(id: "r\(index)", kind: kind, severity: .error, message: message, parameters: parameters, when: when))
        }
        return FormPack(
            id: "generated", title: LocalizedText(english: "Generated"), edition: "bench", sections: sections,
            documents: documents, facts: facts, rules: rules, figures: figures)
    }

    /// Every field answered with a value of its type; a third of the facts restated on a document.
    static func generatedDraft(for pack: FormPack) -> Draft {
        var draft = Draft(pack: pack)
        for (index, field) in pack.allFields.enumerated() {
            draft.values[field.id] = switch field.type {
            case .personName: "MÜLLER Hans"
            case .passportNumber: "C4JN12K57"
            case .date: "2026-12-\(10 + index % 18)"
            case .yesNo: index % 4 == 0 ? "no" : "yes"
            case .email: "hans@example.org"
            case .phone: index % 3 == 0 ? "0812 3456 7890" : "+49 151 23456789"
            case .nik: "5171031508850002"
            default: "text \(index)"
            }
        }
        for fact in pack.facts.prefix(pack.facts.count / 3) {
            guard let field = pack.fields(statingFact: fact.id).first else { continue }
            draft.restatements["d\((Int(fact.id.dropFirst(4)) ?? 0) % 20)", default: [:]][field.id] =
                .differs(field.type == .personName ? "MUELLER Hans" : (draft.values[field.id] ?? ""))
        }
        return draft
    }

    private static func figure(_ id: String, _ value: FigureValue) -> Figure {
        Figure(
            id: id, kind: .limit, label: LocalizedText(english: id), values: [value],
            provenance: Provenance(
                source: "benchmark", effectiveDate: nil,
                lastChecked: CalendarDate(daysSinceEpoch: 20_000), confidence: .unverified))
    }
}

/// A small deterministic random number generator, so every run edits the same fields.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
