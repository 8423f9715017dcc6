import StayformCore
@testable import StayformWizard
import Testing
import TestSupport

/// The finding summary is updated unit by unit as keys change findings; it must always equal
/// the summary built from scratch from the same findings (same order, same counts).
@Suite struct FindingSummaryIncrementalTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func expectSame(_ state: WizardState, step: Int) {
        let rebuilt = FindingSummary(state.findings, layout: FindingLayout(pack: state.pack))
        #expect(state.summary.bySection == rebuilt.bySection, "after step \(step)")
        #expect(state.summary.blocking == rebuilt.blocking && state.summary.warnings == rebuilt.warnings)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func aSummaryUpdatedKeyByKeyEqualsOneBuiltFromScratch(seed: UInt64) {
        var wizard = WizardDriver(pack: WizardFindingsTests.pack)
        if case .start = wizard.state.screen { wizard.press(.enter) }
        var generator = Generator(state: seed)
        let texts = ["MÜLLER Hans", "Hans Muller", "X1234567", "2026-12-01", "2027-02-30", "ID", "DE", "a", "7"]
        let moves: [Key] = [.tab, .tab, .backTab, .pageDown, .pageUp, .control("u"), .backspace, .enter, .escape]
        var stepsThatChangedFindings = 0
        for step in 0..<300 {
            let before = wizard.state.findings
            if generator.next(below: 3) == 0 {
                wizard.press(moves[generator.next(below: moves.count)])
            } else {
                wizard.type(texts[generator.next(below: texts.count)])
            }
            Self.expectSame(wizard.state, step: step)
            if wizard.state.findings != before { stepsThatChangedFindings += 1 }
        }
        #expect(stepsThatChangedFindings >= 10, "the keys hardly changed any finding")
    }
}
