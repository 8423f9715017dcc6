/// The wizard as a pure program: `update` turns a state and an event into the next state and
/// the effects to perform; `view` draws a state into a screen.
///
///     var (state, effects) = Wizard.update(state, .key(.character("A")))
///     let screen = Wizard.view(state)
public enum Wizard {}
