import Dispatch
import StayformCore
import Synchronization

/// Saves drafts durably on its own thread, so that saving never delays a keystroke.
///
/// It decides nothing about *when* to save: the run loop owns the typing pause and the retry
/// after a failure, and calls `submit` when a draft is due. Submissions are coalesced (only
/// the latest draft is written); each attempt's outcome is handed to `onStatus` on the
/// saver's thread, for the run loop to receive as an event.
///
///     let saver = BackgroundDraftSaver(file: file, timeOfDay: clockText) { status in
///         inbox.post(.saveFinished(status))
///     }
///     saver.submit(draft)                // returns at once
///     let status = saver.flush(draft)    // at quit: blocks until written or failed
///
/// The thread ends when the saver is released, after writing what was submitted.
public final class BackgroundDraftSaver: Sendable {
    private let worker: Worker

    /// A saver writing to `file`; `timeOfDay` stamps `.saved(time:)`; `onStatus` hears each
    /// outcome. `words` gives the language a failure's reason is written in, asked at each
    /// failure (the wizard's language can change while it runs).
    public init(
        file: DraftFile, words: @escaping @Sendable () -> Words = { Language.english.words },
        timeOfDay: @escaping @Sendable () -> String,
        onStatus: @escaping @Sendable (SaveStatus) -> Void = { _ in }
    ) {
        let worker = Worker(timeOfDay: timeOfDay, words: words, onStatus: onStatus)
        self.worker = worker
        // A queue of its own runs on a thread of its own (an overcommitting queue), which the
        // saver keeps, waiting for work, until it is released.
        DispatchQueue(label: "stayform draft saver").async { [file] in
            var file = file
            worker.run(&file)
        }
    }

    deinit {
        worker.close()
    }

    /// Hands `draft` to the saver; returns at once.
    public func submit(_ draft: Draft) {
        _ = worker.submit(draft)
    }

    /// Submits `draft` and blocks until it is written or the attempt failed, or `timeout`
    /// passed; returns the outcome. Call it from the run loop (never a signal handler).
    public func flush(_ draft: Draft, timeout: Duration = .seconds(10)) -> SaveStatus {
        let done = DispatchSemaphore(value: 0)
        let generation = worker.submit(draft, waiter: done)
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        guard done.wait(timeout: .now() + .nanoseconds(Int(nanoseconds))) == .success else {
            let words = worker.words()
            return .failed(reason: words("save.timeout", ["seconds": String(timeout.components.seconds)]))
        }
        return worker.outcome(of: generation)
    }
}

extension BackgroundDraftSaver {
    /// The saver's thread and the state it shares with the run loop, behind one lock. It holds
    /// no reference to the saver, so releasing the saver closes it.
    private final class Worker: Sendable {
        struct State {
            var pending: Draft?
            /// Counts submissions; the draft of submission N is written by an attempt at N.
            var submitted = 0
            var closing = false
            /// Semaphores to signal once the attempt covering their submission has finished.
            var waiters: [(generation: Int, semaphore: DispatchSemaphore)] = []
            /// The outcome of the latest attempt, and the submission it covered.
            var last: (generation: Int, status: SaveStatus) = (0, .notSaved)
        }

        private let state = Mutex(State())
        private let wake = DispatchSemaphore(value: 0)
        private let timeOfDay: @Sendable () -> String
        let words: @Sendable () -> Words
        private let onStatus: @Sendable (SaveStatus) -> Void

        init(
            timeOfDay: @escaping @Sendable () -> String, words: @escaping @Sendable () -> Words,
            onStatus: @escaping @Sendable (SaveStatus) -> Void
        ) {
            self.timeOfDay = timeOfDay
            self.words = words
            self.onStatus = onStatus
        }

        /// Queues `draft`; returns its submission number.
        func submit(_ draft: Draft, waiter: DispatchSemaphore? = nil) -> Int {
            let generation = state.withLock { (state: inout State) -> Int in
                state.pending = draft
                state.submitted += 1
                if let waiter { state.waiters.append((state.submitted, waiter)) }
                return state.submitted
            }
            wake.signal()
            return generation
        }

        /// What the attempt covering submission `generation` (or a later one) reported.
        func outcome(of generation: Int) -> SaveStatus {
            state.withLock { $0.last.generation >= generation ? $0.last.status : .notSaved }
        }

        func close() {
            state.withLock { $0.closing = true }
            wake.signal()
        }

        /// Writes whatever is pending until closed with nothing left.
        func run(_ file: inout DraftFile) {
            while true {
                guard let (draft, generation) = takePending() else {
                    if state.withLock({ $0.closing }) { return }
                    wake.wait()
                    continue
                }
                let status: SaveStatus
                do {
                    try file.save(draft)
                    status = .saved(time: timeOfDay())
                } catch {
                    status = .failed(reason: error.message(in: words()))
                }
                let done = state.withLock { (state: inout State) in
                    state.last = (generation, status)
                    let finished = state.waiters.filter { $0.generation <= generation }
                    state.waiters.removeAll { $0.generation <= generation }
                    return finished
                }
                onStatus(status)
                for waiter in done { waiter.semaphore.signal() }
            }
        }

        private func takePending() -> (Draft, Int)? {
            state.withLock { (state: inout State) -> (Draft, Int)? in
                guard let draft = state.pending else { return nil }
                state.pending = nil
                return (draft, state.submitted)
            }
        }
    }
}
