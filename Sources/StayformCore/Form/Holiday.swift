/// A day offices are closed: a national holiday or a collective leave day (cuti bersama).
public struct Holiday: Hashable, Sendable {
    public var date: CalendarDate
    public var name: LocalizedText
    public var kind: HolidayKind

    public init(date: CalendarDate, name: LocalizedText, kind: HolidayKind) {
        self.date = date
        self.name = name
        self.kind = kind
    }
}

/// Why offices are closed on a day.
public enum HolidayKind: String, Hashable, Sendable, CaseIterable {
    /// A national holiday (libur nasional).
    case holiday
    /// A collective leave day (cuti bersama) decreed with the holidays.
    case collectiveLeave = "collective-leave"
}
