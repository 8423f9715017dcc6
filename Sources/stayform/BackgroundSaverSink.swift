import Foundation
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard

/// The run loop's `DraftSink` on top of the background saver: stamps the draft's times, and
/// posts each save's outcome to the loop's inbox as it happens.
final class BackgroundSaverSink: DraftSink {
    private let saver: BackgroundDraftSaver
    /// The outcome of the latest flush (the one at quit), if any.
    private(set) var lastFlush: SaveStatus?

    init(file: DraftFile, inbox: EventInbox) {
        saver = BackgroundDraftSaver(file: file, timeOfDay: { TimeOfDay.text() }) { status in
            inbox.post(.saveFinished(status))
        }
    }

    func submit(_ draft: Draft) {
        saver.submit(BackgroundSaverSink.stamped(draft))
    }

    func flush(_ draft: Draft) -> SaveStatus {
        let outcome = saver.flush(BackgroundSaverSink.stamped(draft))
        lastFlush = outcome
        return outcome
    }

    /// `draft` with its creation and change times set to now.
    private static func stamped(_ draft: Draft) -> Draft {
        var stamped = draft
        let timestamp = Date().formatted(.iso8601)
        if stamped.createdAt == nil { stamped.createdAt = timestamp }
        stamped.updatedAt = timestamp
        return stamped
    }
}

/// A sink for a draft opened read-only: nothing is ever written.
final class ReadOnlySink: DraftSink {
    func submit(_ draft: Draft) {}
    func flush(_ draft: Draft) -> SaveStatus { .notSaved }
}
