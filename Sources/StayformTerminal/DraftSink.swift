import StayformCore
import StayformWizard

/// Where the run loop sends drafts to be saved, off the drawing path.
public protocol DraftSink: AnyObject {
    /// Queues `draft` to be written; returns at once.
    func submit(_ draft: Draft, urgency: SaveUrgency)
    /// Waits until the latest submitted draft is written or has failed, and returns the outcome.
    func flush() -> SaveStatus
    /// The outcome of the latest write.
    var status: SaveStatus { get }
}
