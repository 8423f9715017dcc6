import FoundationEssentials
import StayformCore

extension UTCTimestamp {
    /// The second `date` falls in.
    public init(_ date: Date) {
        self.init(secondsSinceEpoch: Int(date.timeIntervalSince1970.rounded(.down)))
    }
}
