import StayformCore
import StayformWizard

/// Measures what one key costs inside the program, without a terminal: `Wizard.update` (the
/// edit, the re-evaluation of the checks that read the field, the finding summary) and
/// `Wizard.view` (the screen model), on the cross-check benchmark's filled 1,000-field /
/// 3,000-rule pack, whose draft has live mismatches; and what switching the language (F8) costs.
enum WizardKeystrokeBenchmark {
    static func run() -> String {
        let pack = CrossCheckBenchmark.generatedPack(fieldCount: 1000, ruleCount: 3000)
        let draft = CrossCheckBenchmark.generatedDraft(for: pack)
        let today = CalendarDate(year: 2026, month: 11, day: 21) ?? CalendarDate(daysSinceEpoch: 0)
        var state = WizardState(pack: pack, draft: draft, size: TerminalSize(columns: 100, rows: 30), today: today)
        _ = Wizard.update(&state, with: .key(.enter))  // continue where the draft was
        let clock = ContinuousClock()
        var updates: [Duration] = []
        var views: [Duration] = []
        var moves: [Duration] = []
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let findingsBefore = state.findings.count
        for index in 0..<3000 {
            // Every 40 characters: the next field (a different kind), emptied first.
            if index % 40 == 0 {
                let start = clock.now
                _ = Wizard.update(&state, with: .key(.tab))
                _ = Wizard.view(state)
                moves.append(start.duration(to: clock.now))
                _ = Wizard.update(&state, with: .key(.control("u")))
            }
            let start = clock.now
            _ = Wizard.update(&state, with: .key(.character(letters[index % letters.count])))
            let updated = clock.now
            _ = Wizard.view(state)
            updates.append(start.duration(to: updated))
            views.append(updated.duration(to: clock.now))
        }
        // F8: the engine rebuilt in the other language and every finding worked out again.
        var switches: [Duration] = []
        for _ in 0..<20 {
            let start = clock.now
            _ = Wizard.update(&state, with: .key(.function(8)))
            _ = Wizard.view(state)
            switches.append(start.duration(to: clock.now))
        }
        return "wizard key on the filled 1,000-field / 3,000-rule pack (\(findingsBefore) findings at the start, "
            + "\(state.findings.count) at the end): update (edit, re-check, summary) \(Percentiles(updates).summary(withMaximum: true)); "
            + "view \(Percentiles(views).summary()); field move with view \(Percentiles(moves).summary()); "
            + "language switch (F8) with view \(Percentiles(switches).summary(withMaximum: true))"
    }
}
