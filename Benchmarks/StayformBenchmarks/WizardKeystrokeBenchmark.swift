import Foundation
import StayformCore
import StayformPersistence
import StayformWizard
import SystemPackage

/// Measures what one key costs inside the program, without a terminal: `Wizard.update` (the
/// edit, the re-evaluation of the checks that read the field, the finding summary) and
/// `Wizard.view` (the screen model), on the cross-check benchmark's filled 1,000-field /
/// 3,000-rule pack, whose draft has live mismatches, and on the shipped pack with an example
/// draft whose sponsor's name differs between documents; and what switching the language (F8)
/// costs.
enum WizardKeystrokeBenchmark {
    static func run() -> String {
        let today = CalendarDate(year: 2026, month: 11, day: 21) ?? CalendarDate(daysSinceEpoch: 0)
        let pack = CrossCheckBenchmark.generatedPack(fieldCount: 1000, ruleCount: 3000)
        var lines = [
            measure(
                "filled 1,000-field / 3,000-rule pack", pack: pack, draft: CrossCheckBenchmark.generatedDraft(for: pack),
                today: today, movesEvery: 40)
        ]
        switch shippedPackAndDraft() {
        case .success(let (pack, draft)):
            // Typing into one field, as the terminal benchmarks do (its choice fields open a list).
            lines.append(measure("shipped pack, sponsor-name-mismatch draft", pack: pack, draft: draft, today: today, movesEvery: nil))
        case .failure(let problem):
            lines.append("wizard key on the shipped pack: not measured (\(problem); run from the repository)")
        }
        return lines.joined(separator: "\n")
    }

    /// Types 3,000 characters into `draft` (moving to the next field, emptied, every
    /// `movesEvery` characters), then switches the language 20 times; returns the report line.
    private static func measure(_ name: String, pack: FormPack, draft: Draft, today: CalendarDate, movesEvery: Int?) -> String {
        var state = WizardState(pack: pack, draft: draft, size: TerminalSize(columns: 100, rows: 30), today: today)
        _ = Wizard.update(&state, with: .key(.enter))  // continue where the draft was
        let clock = ContinuousClock()
        var updates: [Duration] = []
        var views: [Duration] = []
        var moves: [Duration] = []
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let findingsBefore = state.findings.count
        for index in 0..<3000 {
            if index % (movesEvery ?? 40) == 0 {
                if movesEvery != nil {
                    let start = clock.now
                    _ = Wizard.update(&state, with: .key(.tab))
                    _ = Wizard.view(state)
                    moves.append(start.duration(to: clock.now))
                }
                _ = Wizard.update(&state, with: .key(.control("u")))
            }
            let start = clock.now
            _ = Wizard.update(&state, with: .key(.character(letters[index % letters.count])))
            let updated = clock.now
            _ = Wizard.view(state)
            updates.append(start.duration(to: updated))
            views.append(updated.duration(to: clock.now))
        }
        let perKey = zip(updates, views).map { $0 + $1 }
        // F8: the engine rebuilt in the other language and every finding worked out again.
        var switches: [Duration] = []
        for _ in 0..<20 {
            let start = clock.now
            _ = Wizard.update(&state, with: .key(.function(8)))
            _ = Wizard.view(state)
            switches.append(start.duration(to: clock.now))
        }
        return "wizard key on the \(name) (\(findingsBefore) findings at the start, "
            + "\(state.findings.count) at the end): update and view \(Percentiles(perKey).summary()); "
            + "update (edit, re-check, summary) \(Percentiles(updates).summary(withMaximum: true)); "
            + "view \(Percentiles(views).summary())"
            + (moves.isEmpty ? "" : "; field move with view \(Percentiles(moves).summary())")
            + "; language switch (F8) with view \(Percentiles(switches).summary(withMaximum: true))"
    }

    /// The shipped pack and the example draft whose sponsor's name differs, read from the
    /// repository the benchmark runs in.
    private static func shippedPackAndDraft() -> Result<(FormPack, Draft), BenchmarkProblem> {
        do throws(LoadError) {
            let pack = try FormPackLoader.load(contentsOf: URL(fileURLWithPath: "Forms/stay-permit-extension.yaml"))
            var file = DraftFile(path: FilePath("docs/examples/sponsor-name-mismatch.json"))
            guard let draft = try file.load(formID: pack.id) else { return .failure(BenchmarkProblem(description: "no example draft")) }
            return .success((pack, draft))
        } catch {
            return .failure(BenchmarkProblem(description: error.description))
        }
    }

    /// Why the shipped pack could not be measured.
    struct BenchmarkProblem: Error, CustomStringConvertible {
        let description: String
    }
}
