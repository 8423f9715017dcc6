import Dispatch
import FoundationEssentials
import StayformCore
import Synchronization

extension DraftChecker {
    /// Checks `paths` on up to `workers` threads, each with its own checker made by
    /// `makeChecker` (so engines are not shared), and returns the results in the order of
    /// `paths`.
    ///
    ///     let results = DraftChecker.checkAll(paths, workers: 2) { DraftChecker(today: day, packs: source) }
    public static func checkAll(
        _ paths: [String], workers: Int, makeChecker: @escaping @Sendable () -> DraftChecker
    ) -> [DraftFindings] {
        let workerCount = max(1, min(workers, paths.count))
        let slots = CheckResultSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            var checker = makeChecker()
            for index in stride(from: worker, to: paths.count, by: workerCount) {
                slots.store(checker.check(path: paths[index]), at: index)
            }
        }
        return slots.results
    }
}

/// Results filled in by several threads, each at its own indices.
private final class CheckResultSlots: Sendable {
    private let slots: Mutex<[DraftFindings?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func store(_ result: DraftFindings, at index: Int) {
        slots.withLock { $0[index] = result }
    }

    var results: [DraftFindings] {
        slots.withLock { $0.compactMap { $0 } }
    }
}
