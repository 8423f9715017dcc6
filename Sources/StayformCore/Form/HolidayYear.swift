/// The holidays of one year, with the decree they come from.
public struct HolidayYear: Hashable, Sendable {
    public var year: Int
    public var provenance: Provenance
    public var days: [Holiday]

    public init(year: Int, provenance: Provenance, days: [Holiday]) {
        self.year = year
        self.provenance = provenance
        self.days = days
    }
}
