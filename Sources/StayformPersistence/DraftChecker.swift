import StayformCore
import SystemPackage

/// What `stayform check` does for each draft file: read it, find its pack's engine (built once
/// per pack), read its attachments, evaluate every rule. Files are only read.
///
///     var checker = DraftChecker(today: today) { formID in try loadPack(formID) }
///     let result = checker.check(path: "ana.json")   // DraftFindings; `problem` set when unreadable
public struct DraftChecker {
    /// Gives the pack with a form id, or throws a message saying why it cannot.
    public typealias PackSource = (String) throws(PackUnavailable) -> FormPack

    /// Why a pack cannot be used, as a message naming its file.
    public struct PackUnavailable: Error, Hashable, Sendable {
        public var message: String

        public init(_ message: String) {
            self.message = message
        }
    }

    /// Why a draft cannot be checked, as a message naming its file, in the checker's language.
    public struct Unreadable: Error, Hashable, Sendable {
        public var message: String

        public init(_ message: String) {
            self.message = message
        }
    }

    /// The day deadlines are computed for.
    public let today: CalendarDate
    /// The language of the advice texts.
    public let language: String
    /// How attachments are read; an unreadable one's problem is written in `language`.
    public var reader: AttachmentReader
    private let packSource: PackSource
    private var engines: [String: Result<CrossCheckEngine, PackUnavailable>] = [:]

    public init(
        today: CalendarDate, language: String = "en", reader: AttachmentReader = AttachmentReader(),
        packs: @escaping PackSource
    ) {
        self.today = today
        self.language = language
        self.reader = reader
        self.packSource = packs
    }

    /// The findings of the draft at `path`, or why it could not be checked.
    public mutating func check(path: String) -> DraftFindings {
        switch inspect(path: path) {
        case .success(let checked):
            return DraftFindings(
                path: path, formID: checked.draft.form.id, edition: checked.draft.form.edition, findings: checked.findings)
        case .failure(let unreadable):
            return .unreadable(path: path, problem: unreadable.message)
        }
    }

    /// The draft at `path` with its pack, its attachments as read and its findings, or why it
    /// could not be checked (a message naming the file).
    ///
    ///     let checked = try checker.inspect(path: "ana.json").get()
    ///     ApplicationExport(pack: checked.pack, draft: checked.draft, findings: checked.findings,
    ///                       today: today, attachments: checked.attachments)
    public mutating func inspect(path: String) -> Result<CheckedDraft, Unreadable> {
        let words = Language(orEnglish: language).words
        var file = DraftFile(path: FilePath(path))
        var draft: Draft
        do {
            guard let loaded = try file.load(formID: nil) else {
                return .failure(Unreadable("\(path): " + words["load.check.no-draft"]))
            }
            draft = loaded
        } catch {
            return .failure(Unreadable(error.description(in: words)))
        }
        let formID = draft.form.id
        let engine: CrossCheckEngine
        switch engines[formID] ?? loadEngine(formID) {
        case .success(let loaded):
            engine = loaded
        case .failure(let unavailable):
            return .failure(Unreadable("\(path): " + words("load.check.no-pack", [
                "form": formID, "problem": unavailable.message,
            ])))
        }
        // A draft of an older edition is checked as the wizard would open it: migrated (in
        // memory only; the file is not written), so renamed answers are read under their new
        // values.
        if DraftMigration.isNeeded(for: draft, with: engine.pack),
            let migration = try? DraftMigration(migrating: draft, to: engine.pack)
        {
            draft = migration.draft
        }
        let directory = FilePath(path).removingLastComponent()
        var reader = self.reader
        reader.words = words
        let facts = reader.facts(forAttachmentsOf: draft, relativeTo: directory.isEmpty ? nil : directory)
        let findings = engine.evaluateAll(draft: draft, today: today, attachments: facts)
        return .success(CheckedDraft(draft: draft, pack: engine.pack, attachments: facts, findings: findings.findings))
    }

    private mutating func loadEngine(_ formID: String) -> Result<CrossCheckEngine, PackUnavailable> {
        let result: Result<CrossCheckEngine, PackUnavailable>
        do {
            result = .success(CrossCheckEngine(pack: try packSource(formID), language: language))
        } catch {
            result = .failure(error)
        }
        engines[formID] = result
        return result
    }
}
