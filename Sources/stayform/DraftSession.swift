import FoundationEssentials
import StayformCore
import StayformPersistence
import SystemPackage

/// A draft opened for the wizard: locked (or read-only), loaded or recovered, migrated to the
/// installed pack's edition, with what the user should be told about it.
struct DraftSession {
    let path: FilePath
    let pack: FormPack
    var draft: Draft
    /// The file to save through; `nil` when read-only.
    let file: DraftFile?
    /// Held while the wizard runs; `nil` when read-only.
    let lock: DraftLock?
    /// When the draft's file was last modified; `nil` for a new or recovered draft.
    var fileModified: Date?
    /// Whether the draft differs from the file it was read from (brought to a new edition).
    var isChangedFromFile = false
    /// When the draft as opened was saved: `nil` for a new, recovered or migrated draft.
    var savedAt: Date? { isChangedFromFile ? nil : fileModified }
    /// The language of the run: `--lang`, else the one the draft remembers, else the locale's.
    var language: Language
    /// Things to tell the user on the first screen (a link, a recovery, a migration), in `language`.
    var notices: [String] = []

    /// Opens the draft at `path`.
    ///
    /// - Parameters:
    ///   - formID: the pack for a new draft, or the one an existing draft must belong to.
    ///   - recover: open the backup (`.bak`) instead of the draft.
    ///   - readOnly: open without locking or saving.
    ///   - choice: `--lang`; a message before the draft is read is in the language it gives
    ///     without a draft, the notices in the language of the session.
    static func open(
        path named: FilePath, formID: String?, recover: Bool, readOnly: Bool, resources: Resources,
        choice: LanguageOption, environment: [String: String]
    ) throws(CommandFailure) -> DraftSession {
        let words = choice.chosen(environment: environment).words
        let path: FilePath
        let linkedFrom: FilePath?
        do {
            let editing = try DraftFile.editingPath(for: named, readingOnly: readOnly)
            path = editing.path
            linkedFrom = editing.linkedFrom
        } catch {
            throw CommandFailure(error, words: words)
        }
        var lock: DraftLock?
        if !readOnly {
            do {
                switch try DraftLock.acquire(forDraftAt: path) {
                case .acquired(let acquired):
                    lock = acquired
                case .heldBy(let holder):
                    let who = holder.map {
                        words("cli.draft.locked.holder", ["pid": String($0.pid), "host": $0.host, "since": $0.startedAt])
                    } ?? words["cli.draft.locked.unknown-holder"]
                    throw CommandFailure(words("cli.draft.locked", ["path": path.string, "holder": who]))
                }
            } catch let error as DraftLockError {
                throw CommandFailure(error, words: words)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(words("cli.draft.lock-failed", ["path": path.string, "reason": "\(error)"]))
            }
        }
        var file = DraftFile(path: path)
        let loaded: Draft?
        var recovery: DraftRecovery?
        do {
            if recover {
                recovery = try file.recoverFromBackup(formID: formID)
                loaded = recovery?.draft
            } else {
                loaded = try file.load(formID: formID)
            }
        } catch {
            throw CommandFailure(error, words: words)
        }
        let language = choice.chosen(draft: loaded?.language, environment: environment)
        let sessionWords = language.words
        var notices: [String] = []
        if let linkedFrom {
            notices.append(sessionWords("cli.draft.link", ["link": linkedFrom.string, "path": path.string]))
        }
        if let recovery {
            notices.append([
                sessionWords["cli.draft.recovered"],
                recovery.setAsideDraftPath.map { sessionWords("cli.draft.recovered.set-aside", ["path": $0.string]) },
            ].compactMap { $0 }.joined(separator: " "))
        }
        let pack = try resources.pack(id: loaded?.form.id ?? formID ?? Resources.defaultFormID)
        var draft = loaded ?? Draft(pack: pack)
        var isChangedFromFile = false
        if DraftMigration.isNeeded(for: draft, with: pack) {
            isChangedFromFile = true
            do {
                let migration = try DraftMigration(migrating: draft, to: pack)
                draft = migration.draft
                if migration.fromEdition != migration.toEdition || migration.changesAnswers {
                    notices.append(DraftSession.migrationNotice(migration, pack: pack, words: sessionWords))
                }
            } catch {
                throw CommandFailure("\(path): \(error.description(in: sessionWords))")
            }
        }
        return DraftSession(
            path: path, pack: pack, draft: draft, file: readOnly ? nil : file, lock: lock,
            fileModified: recover ? nil : file.modificationDate, isChangedFromFile: isChangedFromFile,
            language: language, notices: notices)
    }

    /// What a migration to a new edition changed, by field code.
    static func migrationNotice(_ migration: DraftMigration, pack: FormPack, words: Words) -> String {
        let codes = migration.fieldsToReview.sorted().compactMap { pack.field(id: $0)?.code }
        var parts = [words("cli.draft.migrated", ["edition": pack.edition])]
        if !codes.isEmpty { parts.append(words("cli.draft.migrated.review", ["codes": codes.joined(separator: ", ")])) }
        if !migration.retiredFields.isEmpty {
            parts.append(words("cli.draft.migrated.retired", ["count": String(migration.retiredFields.count)]))
        }
        return parts.joined(separator: " ")
    }
}
