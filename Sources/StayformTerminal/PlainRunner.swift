import StayformCore
import StayformWizard

/// Runs plain mode: reads one line at a time, hands it to the conversation, prints its
/// sentences and performs its effects (saving after each committed answer, reading attached
/// files). No cursor movement, no colour, nothing redrawn: every text goes out terminal-safe,
/// one line after another, so it works for a screen reader, a serial console or a pipe.
///
///     var runner = PlainRunner(readLine: { readLine() }, write: { print($0) },
///                              save: { draft in try? file.save(draft) == nil ? nil : "disk full" },
///                              inspect: { path in (path, reader.read(FilePath(path))) })
///     let status = runner.run(conversation)   // 0 nothing blocks, 1 something blocks
public struct PlainRunner {
    /// The next typed line; `nil` at the end of input.
    public var readLine: () -> String?
    /// Prints one line.
    public var write: (String) -> Void
    /// Saves the draft durably; `nil` when saved, else why not.
    public var save: (Draft) -> String?
    /// Reads the file a user attached: its absolute path and what it holds.
    public var inspect: (String) -> (path: String, facts: AttachmentFacts)
    /// Whether each line read is printed back after `> `, so output read alone (a pipe, a log)
    /// is a transcript of questions and answers.
    public var echoesInput: Bool

    public init(
        readLine: @escaping () -> String?, write: @escaping (String) -> Void, save: @escaping (Draft) -> String?,
        inspect: @escaping (String) -> (path: String, facts: AttachmentFacts), echoesInput: Bool
    ) {
        self.readLine = readLine
        self.write = write
        self.save = save
        self.inspect = inspect
        self.echoesInput = echoesInput
    }

    /// Talks until `quit` or the end of input, saving as it goes; returns the exit status of
    /// `stayform check` for the draft as left: 0 when nothing blocks, 1 when something does.
    public func run(_ conversation: PlainConversation, notices: [String] = []) -> Int32 {
        var talk = conversation
        emit(notices + talk.opening)
        while let line = readLine() {
            if echoesInput { emit(["> \(line)"]) }
            let reply = talk.respond(to: line)
            emit(reply.lines)
            var quits = false
            for effect in reply.effects {
                switch effect {
                case .save:
                    store(&talk)
                case .inspectAttachment(let fieldID, let typed):
                    let (path, facts) = inspect(typed)
                    emit(talk.attached(facts, at: path, to: fieldID))
                    store(&talk)
                case .quit:
                    quits = true
                }
            }
            if quits { break }
            emit(talk.promptLines)
        }
        store(&talk)
        emit(talk.statusLines)
        return talk.findings.hasBlocking ? 1 : 0
    }

    /// Saves the draft, noting the outcome for `status` and saying when it failed.
    private func store(_ talk: inout PlainConversation) {
        guard talk.saveState != .readOnly else { return }
        if let reason = save(talk.draft) {
            if talk.saveState != .notSaved(reason: reason) {
                emit([talk.words("plain.save-failed", ["reason": reason])])
            }
            talk.saveState = .notSaved(reason: reason)
        } else {
            talk.saveState = .saved
        }
    }

    /// Prints `lines`, each made terminal-safe.
    private func emit(_ lines: [String]) {
        for line in lines { write(line.terminalSafe) }
    }
}
