import StayformWizard

/// Does the work of effects that need the world outside the wizard (files, folders, themes)
/// and reports the outcome as events. The run loop calls it on a background thread, one
/// effect at a time in order, and posts the events to its inbox.
public protocol EffectPerformer: Sendable {
    /// Performs `effect`; returns the events that tell the wizard how it went.
    func perform(_ effect: WizardEffect) -> [WizardEvent]
}
