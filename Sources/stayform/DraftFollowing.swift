import FoundationEssentials
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard
import SystemPackage

/// Watch mode's reading side: a read-only wizard follows the draft another stayform edits.
/// A `FileWatcher` notices each save; the draft is then read with the draft store's bounded,
/// checking reader (never written, never locked), brought to the pack's edition as opening it
/// would, and posted with its attached files' facts and its time.
enum DraftFollowing {
    /// A watcher (not yet started) that posts `.draftChangedOnDisk` for each good version of
    /// the draft at `path` of `pack`; a damaged or unreadable version posts nothing.
    static func watcher(of path: FilePath, pack: FormPack, words: Words, inbox: EventInbox) -> FileWatcher {
        FileWatcher(path: path.string, inbox: inbox) { read(path, pack: pack, words: words) }
    }

    /// The event for the draft at `path` as it is now, or `nil` if it cannot be read whole;
    /// its attachments' problems in `words`.
    static func read(_ path: FilePath, pack: FormPack, words: Words) -> WizardEvent? {
        var file = DraftFile(path: path)
        guard var draft = try? file.load(formID: pack.id), let modified = file.modificationDate else { return nil }
        if DraftMigration.isNeeded(for: draft, with: pack) {
            guard let migration = try? DraftMigration(migrating: draft, to: pack) else { return nil }
            draft = migration.draft
        }
        let attachments = AttachmentReader(words: words).facts(forAttachmentsOf: draft, relativeTo: path.removingLastComponent())
        return .draftChangedOnDisk(draft, attachments: attachments, time: TimeOfDay.text(of: modified, precision: .second))
    }
}
