import PropertyBased
import StayformCore
@testable import StayformWizard
import Testing
import TestSupport

/// The view's memo gives what the functions it keeps would give for the same inputs, forgets a
/// field's old values, and stays within its size; a view drawn with a warm memo is the view drawn
/// with a cold one.
@Suite struct ViewMemoTests {
    static let pack = WizardAgreementPropertyTests.pack
    static let values = WizardAgreementPropertyTests.answers + ["C4JN12K57\nP<DEUMUELLER", "M,F", "山田 太郎"]
    static let helps = [
        "", "Why it is asked.", "As printed in the passport, with every given name, in the order the passport prints them.",
        "山田太郎 is written as in the passport; 漢字 take two columns each.", "one\ntwo lines",
    ]

    @Test func keptDisplayRowsAreTheFieldsOwnForAnyInputs() async {
        let fields = Self.pack.allFields
        let state = WizardDriver(pack: Self.pack).state
        // Few fields, many inputs: each field's entry is replaced again and again.
        await propertyCheck(
            count: 200,
            input: Gen.int(in: 0..<fields.count), Gen.int(in: 0..<Self.values.count), Gen.int(in: 0...1), Gen.int(in: 0...1)
        ) { fieldIndex, valueIndex, languageIndex, hidden in
            let field = fields[fieldIndex]
            let language = ["en", "id"][languageIndex]
            let mask = hidden == 1 ? PrivacyMask(fieldIDs: [field.id], values: []) : .none
            var languageState = state
            languageState.language = language
            let kept = Wizard.displayRows(of: field, value: Self.values[valueIndex], state: languageState, mask: mask)
            #expect(kept == field.displayRows(of: Self.values[valueIndex], in: Self.pack, language: language, mask: mask))
        }
        #expect(state.viewMemo.count(of: \.displayRows) <= fields.count)
    }

    @Test func keptHelpLinesAreWorkedOutAgainWhenTextOrWidthChange() async {
        let memo = ViewMemo()
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...2), Gen.int(in: 0..<Self.helps.count), Gen.int(in: 1...60)
        ) { name, helpIndex, width in
            let inputs = FieldHelpInputs(hint: Self.helps[(helpIndex + 1) % Self.helps.count], help: Self.helps[helpIndex], width: width)
            let kept = memo.remembered(\.fieldHelp, name: "field-\(name)", inputs: inputs) { Wizard.fieldHelpLines(inputs) }
            #expect(kept == Wizard.fieldHelpLines(inputs))
        }
        #expect(memo.count(of: \.fieldHelp) <= 3)
    }

    @Test func theHelpLineEndsInF1WhenMoreFollowsAndFitsTheWidth() {
        let lines = Wizard.fieldHelpLines(FieldHelpInputs(hint: "YYYY-MM-DD or DD/MM/YYYY", help: "Why it is asked and where", width: 14))
        #expect(lines == FieldHelpLines(hint: "YYYY-MM-DD or…", help: "Why it is … F1"))
        #expect(Wizard.fieldHelpLines(FieldHelpInputs(hint: "", help: "", width: 12)).help == nil)
        #expect(Wizard.fieldHelpLines(FieldHelpInputs(hint: "", help: "Short.", width: 12)).help == "Short.")
    }

    /// Whatever the help and the width, the line fits, and when the help does not fit whole it
    /// says that F1 shows the rest (a line that filled the width used to lose its marker).
    @Test func theHelpLineAlwaysFitsAndTellsWhenMoreFollows() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0..<Self.helps.count), Gen.int(in: 8...100)) { helpIndex, width in
            let help = Self.helps[helpIndex]
            let line = Wizard.fieldHelpLines(FieldHelpInputs(hint: "", help: help, width: width)).help ?? ""
            #expect(line.terminalColumns <= width)
            let fitsWhole = help.wrapped(toColumns: width).count <= 1
            #expect(line.hasSuffix(" … F1") == !fitsWhole, "\(width): \(line)")
        }
    }

    @Test func aTableKeepsOneResultPerNameAndAtMostItsCapacity() {
        var table = MemoTable<Int, String>(capacity: 100)
        for value in 0..<1000 { table.keep(String(value), for: "surname", inputs: value) }
        #expect(table.count == 1)
        #expect(table.output(for: "surname", inputs: 999) == "999")
        #expect(table.output(for: "surname", inputs: 998) == nil)
        for name in 0..<10_000 { table.keep("", for: "field-\(name)", inputs: 0) }
        #expect(table.count <= 100)
        #expect(table.output(for: "field-9999", inputs: 0) == "")
    }

    @Test func typingALongAnswerKeepsOneEntryPerField() {
        var wizard = WizardDriver(pack: Self.pack, draft: WizardAgreementPropertyTests.draft(choices: Array(0..<40)))
        wizard.press(.enter)
        for index in 0..<300 {
            wizard.type(String(index % 10))
            if index % 50 == 0 { wizard.press(.tab) }
            _ = Wizard.view(wizard.state)
        }
        #expect(wizard.state.viewMemo.count(of: \.displayRows) <= Self.pack.allFields.count)
        #expect(wizard.state.viewMemo.count(of: \.fieldHelp) <= Self.pack.allFields.count)
    }

    /// Events that change what the memo keeps: values, the language (F8), the mask (F6), the
    /// width (a resize), the focus and the section, the save status and the key help (F1's box).
    static let events: [WizardEvent] = [
        .key(.tab), .key(.backTab), .key(.pageDown), .key(.pageUp), .key(.character("a")), .key(.character("7")),
        .key(.backspace), .key(.control("u")), .key(.paste("2026-11-21")), .key(.function(8)), .key(.function(6)),
        .key(.character("y")), .key(.escape), .resized(TerminalSize(columns: 100, rows: 30)),
        .resized(TerminalSize(columns: 60, rows: 16)), .resized(TerminalSize(columns: 80, rows: 24)),
        .saveFinished(.saved(time: "14:03:27")), .saveFinished(.failed(reason: "the disk is full")), .key(.function(1)),
        .resized(TerminalSize(columns: 40, rows: 10)),
    ]

    @Test func aViewDrawnWithAWarmMemoIsTheViewDrawnWithAColdOne() async {
        await propertyCheck(
            count: 30, input: Gen.int(in: 0...10_000).array(of: 0...24), Gen.int(in: 0...10_000).array(of: 1...30)
        ) { choices, presses in
            let draft = WizardAgreementPropertyTests.draft(choices: choices)
            var warm = WizardDriver(pack: Self.pack, draft: draft)
            for (step, press) in ([0] + presses).enumerated() {
                warm.send(press == 0 ? .key(.enter) : Self.events[press % Self.events.count])
                // A new wizard given the same events has an empty memo until its one view.
                var cold = WizardDriver(pack: Self.pack, draft: draft)
                for earlier in ([0] + presses).prefix(step + 1) {
                    cold.send(earlier == 0 ? .key(.enter) : Self.events[earlier % Self.events.count])
                }
                #expect(Wizard.view(warm.state) == Wizard.view(cold.state), "after \(step + 1) events")
            }
        }
    }
}
