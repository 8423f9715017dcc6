import Foundation
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
    /// Things to tell the user on the first screen (a migration, a recovery).
    var notices: [String] = []

    /// Opens the draft at `path`.
    ///
    /// - Parameters:
    ///   - formID: the pack for a new draft, or the one an existing draft must belong to.
    ///   - recover: open the backup (`.bak`) instead of the draft.
    ///   - readOnly: open without locking or saving.
    static func open(
        path named: FilePath, formID: String?, recover: Bool, readOnly: Bool, resources: Resources
    ) throws(CommandFailure) -> DraftSession {
        let path: FilePath
        var notices: [String] = []
        do {
            let editing = try DraftFile.editingPath(for: named)
            path = editing.path
            if let link = editing.linkedFrom {
                notices.append("\(link) is a link to \(path): the draft is read and saved there.")
            }
        } catch {
            throw CommandFailure(error.description)
        }
        var lock: DraftLock?
        if !readOnly {
            do {
                switch try DraftLock.acquire(forDraftAt: path) {
                case .acquired(let acquired):
                    lock = acquired
                case .heldBy(let holder):
                    let who = holder.map { "process \($0.pid) on \($0.host), since \($0.startedAt)" } ?? "another process"
                    throw CommandFailure("""
                        \(path) is open in another stayform (\(who)). Close that one, or open this \
                        draft read-only: stayform --draft \(path) --read-only
                        """)
                }
            } catch let error as DraftLockError {
                throw CommandFailure(error.description)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("cannot lock \(path): \(error)")
            }
        }
        var file = DraftFile(path: path)
        let loaded: Draft?
        do {
            if recover {
                let recovery = try file.recoverFromBackup(formID: formID)
                loaded = recovery.draft
                notices.append("Opened the backup of this draft."
                    + (recovery.setAsideDraftPath.map { " The draft that was there is kept as \($0)." } ?? ""))
            } else {
                loaded = try file.load(formID: formID)
            }
        } catch {
            throw CommandFailure(error.description)
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
                    notices.append(DraftSession.migrationNotice(migration, pack: pack))
                }
            } catch {
                throw CommandFailure("\(path): \(error)")
            }
        }
        return DraftSession(
            path: path, pack: pack, draft: draft, file: readOnly ? nil : file, lock: lock,
            fileModified: recover ? nil : file.modificationDate, isChangedFromFile: isChangedFromFile, notices: notices)
    }

    /// What a migration to a new edition changed, by field code.
    static func migrationNotice(_ migration: DraftMigration, pack: FormPack) -> String {
        let codes = migration.fieldsToReview.sorted().compactMap { pack.field(id: $0)?.code }
        var notice = "Updated to edition \(pack.edition)."
        if !codes.isEmpty { notice += " Please review: \(codes.joined(separator: ", "))." }
        if !migration.retiredFields.isEmpty {
            notice += " \(migration.retiredFields.count) answer(s) no longer asked are kept aside."
        }
        return notice
    }
}
