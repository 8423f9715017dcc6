import StayformCore

/// Where the run loop sends drafts to be saved, off the drawing path. The outcome of each
/// save comes back to the loop as a `.saveFinished` event in its inbox.
public protocol DraftSink: AnyObject {
    /// Queues `draft` to be written; returns at once.
    func submit(_ draft: Draft)
    /// Writes `draft` and waits until it is on disk or has failed; returns the outcome.
    func flush(_ draft: Draft) -> SaveStatus
}
