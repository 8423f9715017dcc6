import StayformCore
import StayformWizard

/// Feeds events to the pure wizard and keeps the effects, for tests of `update` and `view`.
///
///     var wizard = WizardDriver(pack: SampleForms.applicantAndPassport)
///     wizard.type("Müller")
///     wizard.press(.tab)
///     wizard.state.draft.values["applicant.full-name"]   // "Müller"
public struct WizardDriver {
    public private(set) var state: WizardState
    /// Every effect produced so far, in order.
    public private(set) var effects: [WizardEffect] = []

    /// Today in wizard tests, fixed so that deadlines and snapshots do not change.
    public static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    public init(
        pack: FormPack, draft: Draft? = nil, size: TerminalSize = TerminalSize(columns: 80, rows: 24),
        today: CalendarDate = WizardDriver.today, readOnly: Bool = false, language: String = "en"
    ) {
        state = WizardState(
            pack: pack, draft: draft ?? Draft(pack: pack), size: size, today: today, language: language,
            isReadOnly: readOnly)
    }

    /// Sends one event.
    public mutating func send(_ event: WizardEvent) {
        let produced: [WizardEffect]
        (state, produced) = Wizard.update(state, event)
        effects += produced
    }

    public mutating func press(_ keys: Key...) {
        press(contentsOf: keys)
    }

    public mutating func press(contentsOf keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    /// Types `text` one character at a time, as a keyboard would.
    public mutating func type(_ text: String) {
        for scalar in text.unicodeScalars { send(.key(.character(Character(scalar)))) }
    }

    /// Goes to the field with `code` through F2, as a helpdesk would say "go to 2.3".
    public mutating func goTo(_ code: String) {
        press(.function(2))
        type(code)
        press(.enter)
    }

    /// The rendered screen's rows.
    public var screenLines: [String] { Wizard.view(state).lines }
}
