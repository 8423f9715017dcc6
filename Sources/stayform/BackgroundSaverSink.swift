import FoundationEssentials
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard
import Synchronization

/// The run loop's `DraftSink` on top of the background saver: stamps the draft's times, and
/// posts each save's outcome to the loop's inbox as it happens.
final class BackgroundSaverSink: DraftSink {
    private let saver: BackgroundDraftSaver
    /// The outcome of the latest flush (the one at quit), if any.
    private(set) var lastFlush: SaveStatus?
    /// The language the wizard shows, as the latest draft handed over says (F8 changes it): a
    /// failed save's reason is written in it.
    private let language: ShownLanguage

    init(file: DraftFile, inbox: EventInbox, language: Language) {
        let shown = ShownLanguage(language)
        self.language = shown
        saver = BackgroundDraftSaver(
            file: file, words: { shown.value.withLock { $0 }.words }, timeOfDay: { TimeOfDay.text() }
        ) { status in
            inbox.post(.saveFinished(status))
        }
    }

    func submit(_ draft: Draft) {
        if let chosen = draft.language { language.value.withLock { $0 = chosen } }
        saver.submit(draft.stamped(at: UTCTimestamp(Date())))
    }

    func flush(_ draft: Draft) -> SaveStatus {
        if let chosen = draft.language { language.value.withLock { $0 = chosen } }
        let outcome = saver.flush(draft.stamped(at: UTCTimestamp(Date())))
        lastFlush = outcome
        return outcome
    }
}

/// A sink for a draft opened read-only: nothing is ever written.
final class ReadOnlySink: DraftSink {
    func submit(_ draft: Draft) {}
    func flush(_ draft: Draft) -> SaveStatus { .notSaved }
}

/// The language the wizard shows, shared between the run loop (which hands over drafts) and the
/// saver's thread (which writes a failure's reason).
private final class ShownLanguage: Sendable {
    let value: Mutex<Language>

    init(_ language: Language) {
        value = Mutex(language)
    }
}
