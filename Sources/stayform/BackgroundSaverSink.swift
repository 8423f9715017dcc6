import Foundation
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard

/// The run loop's `DraftSink` on top of the background saver: stamps the draft's times and
/// turns the saver's status into what the status bar shows.
final class BackgroundSaverSink: DraftSink {
    private let saver: BackgroundDraftSaver
    private var lastShown: SaveStatus = .notSaved
    private let timeOfDay: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter
    }()

    init(file: DraftFile) {
        saver = BackgroundDraftSaver(file: file)
    }

    func submit(_ draft: Draft, urgency: SaveUrgency) {
        var stamped = draft
        let timestamp = Date().formatted(.iso8601)
        if stamped.createdAt == nil { stamped.createdAt = timestamp }
        stamped.updatedAt = timestamp
        saver.submit(stamped, urgency: urgency == .committed ? .committed : .typing)
    }

    func flush() -> SaveStatus {
        shown(saver.flush())
    }

    var status: SaveStatus { shown(saver.status) }

    /// Stops the saver after writing what is pending.
    func close() -> SaveStatus {
        shown(saver.close())
    }

    /// A pending save keeps showing the last outcome: it stays true until the new one is known.
    private func shown(_ status: DraftSaveStatus) -> SaveStatus {
        switch status {
        case .noChanges, .pending: break
        case .saved(let date): lastShown = .saved(time: timeOfDay.string(from: date))
        case .failed(let error): lastShown = .failed(reason: error.message)
        }
        return lastShown
    }
}

/// A sink for a draft opened read-only: nothing is ever written.
final class ReadOnlySink: DraftSink {
    func submit(_ draft: Draft, urgency: SaveUrgency) {}
    func flush() -> SaveStatus { .notSaved }
    var status: SaveStatus { .notSaved }
}
