import StayformCore
import StayformWizard
import Testing
import TestSupport

/// The passport's MRZ in the wizard: typed as its two lines and checked as it is typed.
@Suite struct WizardMachineReadableZoneTests {
    static let line1 = "P<D<<MUELLER<<HANS".padding(toLength: 44, withPad: "<", startingAt: 0)

    /// Line 2 for the fixture's clean draft (C4JN12K57, born 1985-07-14, M, expiring 2031-03-09).
    static var line2: String {
        let digit: (String) -> String = { MRZCheckDigit.compute($0).map(String.init) ?? "<" }
        let number = "C4JN12K57"
        let optional = String(repeating: "<", count: 14)
        let body = number + digit(number) + "D<<" + "850714" + digit("850714") + "M" + "310309" + digit("310309")
            + optional + "<"
        let composite = number + digit(number) + "850714" + digit("850714") + "310309" + digit("310309") + optional + "<"
        return body + digit(composite)
    }

    private func mrzFindings(_ wizard: WizardDriver) -> [String] {
        wizard.state.findings.findings.filter { $0.ruleID == "mrz" }.map(\.id)
    }

    @Test func theZoneIsShownAsTwoLinesAndCheckedWhileTyping() {
        var wizard = WizardDriver(pack: CrossCheckFixtures.pack, draft: CrossCheckFixtures.cleanDraft)
        wizard.press(.enter, .function(2))
        wizard.type("2.1")
        wizard.press(.enter)
        #expect(wizard.state.currentField?.id == "passport.mrz")
        wizard.type(Self.line1 + String(Self.line2.dropLast()))
        #expect(mrzFindings(wizard) == ["mrz.passport.mrz.reading"])  // one character short
        let lastDigit = Self.line2.last.map(String.init) ?? ""
        let wrongDigit = lastDigit == "0" ? "1" : "0"
        wizard.type(wrongDigit)
        #expect(mrzFindings(wizard) == ["mrz.passport.mrz.reading"])  // composite check digit wrong
        wizard.press(.backspace)
        wizard.type(lastDigit)
        #expect(mrzFindings(wizard).isEmpty)
        let lines = wizard.screenLines
        #expect(lines.contains { $0.contains(Self.line1) })
        #expect(lines.contains { $0.contains(Self.line2) })
        wizard.press(.tab)
        #expect(wizard.state.draft.values["passport.mrz"] == Self.line1 + "\n" + Self.line2)
    }
}
