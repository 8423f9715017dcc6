import Glibc
import StayformCore
import StayformPersistence
import SystemPackage

/// Measures how long saving a draft takes: a durable `DraftFile.save` (write, fsync, backup
/// link, rename, folder fsync) and `BackgroundDraftSaver.submit` as the UI thread sees it.
enum DraftSaveBenchmark {
    /// Saves a realistic draft `iterations` times in `directory`; returns one report line.
    static func run(directory: String, iterations: Int) -> String {
        let count = max(iterations, 1)
        let path = FilePath(directory).appending("benchmark-\(getpid()).json")
        let draft = sampleDraft()
        var file = DraftFile(path: path)
        let clock = ContinuousClock()
        var saves: [Duration] = []
        var failures = 0
        for index in 0..<count {
            var changed = draft
            changed.values["field-0"] = "value \(index)"
            let start = clock.now
            do {
                try file.save(changed)
            } catch {
                failures += 1
            }
            saves.append(start.duration(to: clock.now))
        }

        var encodings: [Duration] = []
        for _ in 0..<count {
            let start = clock.now
            _ = draft.fileText()
            encodings.append(start.duration(to: clock.now))
        }

        let saver = BackgroundDraftSaver(file: file, timeOfDay: { "" })
        var submits: [Duration] = []
        for index in 0..<count {
            var changed = draft
            changed.values["field-1"] = "typed \(index)"
            let start = clock.now
            saver.submit(changed)
            submits.append(start.duration(to: clock.now))
        }
        let final = saver.flush(draft)
        for suffix in ["", ".bak", ".lock"] { unlink(path.string + suffix) }

        let size = draft.fileText().count
        let failed = failures > 0 ? ", \(failures) FAILED" : ""
        let durable = "durable save \(Percentiles(saves).summary(withMaximum: true))"
        let text = "writing the JSON text \(Percentiles(encodings).summary())"
        let submit = "submit from the UI thread \(Percentiles(submits).summary())"
        let flushed = final.isSaved ? "saved" : "NOT saved"
        return "draft save (\(size) bytes, \(count) runs): \(durable)\(failed), of which \(text); \(submit); final flush \(flushed)"
    }

    /// A draft the size of a filled-in application: 60 fields, 6 documents restating 10 facts
    /// each, 8 attachments, review marks.
    private static func sampleDraft() -> Draft {
        let fields = (0..<60).map { index in
            FormField(
                id: "field-\(index)", code: "\(index / 10 + 1).\(index % 10 + 1)",
                label: LocalizedText(["en": "Question \(index)", "id": "Pertanyaan \(index)"]), type: .text,
                maxLength: 80)
        }
        let pack = FormPack(
            id: "benchmark", title: LocalizedText(english: "Benchmark"), edition: "1",
            sections: [FormSection(id: "all", code: "1", title: LocalizedText(english: "All"), fields: fields)])
        var draft = Draft(pack: pack)
        for field in fields { draft.values[field.id] = "An answer of typical length for \(field.id)" }
        for document in 0..<6 {
            for fact in 0..<10 { draft.restatements["document-\(document)", default: [:]]["field-\(fact)"] = .matches("x") }
        }
        for attachment in 0..<8 {
            draft.attachments["document-\(attachment % 6)", default: []].append(
                Attachment(
                    path: "/home/user/scans/page-\(attachment).jpg", size: 180_000 + attachment,
                    detectedType: "image/jpeg", sha256: String(repeating: "0123456789abcdef", count: 4)))
        }
        for field in fields.prefix(30) { draft.reviewMarks[field.id] = draft.values[field.id] }
        draft.position = DraftPosition(section: "all", field: "field-42")
        draft.createdAt = "2026-11-21T03:00:00Z"
        draft.updatedAt = "2026-11-21T03:10:00Z"
        return draft
    }
}
