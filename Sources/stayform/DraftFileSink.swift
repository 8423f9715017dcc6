import Foundation
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard

/// Saves drafts to their file as the run loop submits them, stamping the times.
final class DraftFileSink: DraftSink {
    private let file: DraftFile
    private(set) var status: SaveStatus = .notSaved
    private let timeOfDay: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter
    }()

    init(file: DraftFile) {
        self.file = file
    }

    func submit(_ draft: Draft, urgency: SaveUrgency) {
        var stamped = draft
        let now = Date()
        let timestamp = now.formatted(.iso8601)
        if stamped.createdAt == nil { stamped.createdAt = timestamp }
        stamped.updatedAt = timestamp
        do {
            try file.save(stamped)
            status = .saved(time: timeOfDay.string(from: now))
        } catch {
            status = .failed(reason: error.message)
        }
    }

    func flush() -> SaveStatus {
        status
    }
}
