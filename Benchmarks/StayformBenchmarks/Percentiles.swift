/// Nearest-rank percentiles of measured durations, reported in microseconds.
///
///     Percentiles(samples).summary()   // "p50 12 µs, p99 40 µs"
struct Percentiles {
    private let sorted: [Duration]

    init(_ samples: [Duration]) {
        sorted = samples.sorted()
    }

    /// The `fraction` percentile (0…1) in whole microseconds; 0 without samples.
    func microseconds(_ fraction: Double) -> Int {
        guard !sorted.isEmpty else { return 0 }
        let rank = min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))
        let (seconds, attoseconds) = sorted[rank].components
        return Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000)
    }

    /// `p50 … µs, p99 … µs` and, when asked, the maximum.
    func summary(withMaximum: Bool = false) -> String {
        var text = "p50 \(microseconds(0.50)) µs, p99 \(microseconds(0.99)) µs"
        if withMaximum { text += ", max \(microseconds(1.0)) µs" }
        return text
    }
}
