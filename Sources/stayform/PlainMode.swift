import FoundationEssentials
import Glibc
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard
import SystemPackage

/// `stayform --plain`, and the wizard where the terminal cannot run full screen: the same
/// draft, pack, engine, lock and durable save, asked one line at a time on standard input and
/// output (see docs/plain-mode.md).
enum PlainMode {
    /// Talks through the draft of `session` until `quit` or the end of input; returns the exit
    /// status `stayform check` would give the draft as left (0 nothing blocks, 1 something does).
    static func run(
        session: DraftSession, today: CalendarDate, language: Language, environment: [String: String],
        notices: [String]
    ) -> Int32 {
        let attachments = AttachmentReader(words: language.words)
        let facts = attachments.facts(
            forAttachmentsOf: session.draft, relativeTo: session.path.removingLastComponent())
        let conversation = PlainConversation(
            pack: session.pack, draft: session.draft, today: today, draftName: session.path.string,
            attachmentFacts: facts, language: language.code, isReadOnly: session.file == nil)
        var file = session.file
        let runner = PlainRunner(
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { line in printOutput(line + "\n") },
            save: { draft in
                guard var current = file else { return nil }
                let stamped = draft.stamped(at: UTCTimestamp(Date()))
                do throws(DraftSaveError) {
                    try current.save(stamped)
                    file = current
                    return nil
                } catch {
                    return error.message
                }
            },
            inspect: { typed in
                let path = AttachedFile.absolutePath(typed, environment: environment)
                return (path, attachments.read(FilePath(path)))
            },
            echoesInput: isatty(STDIN_FILENO) == 0)
        return runner.run(conversation, notices: notices)
    }
}
