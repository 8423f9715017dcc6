/// What every rule evaluation reads besides the draft: the pack, its lookup tables, the
/// working-day calendar and the language. A class, so that each evaluation shares one
/// reference instead of copying the pack's many parts.
final class CrossCheckContext: Sendable {
    let pack: FormPack
    let language: String
    let lookup: PackLookup
    let calendar: WorkingDayCalendar

    init(pack: FormPack, language: String) {
        self.pack = pack
        self.language = language
        self.lookup = PackLookup(pack: pack)
        self.calendar = WorkingDayCalendar(holidays: pack.holidayYears.flatMap { $0.days.map(\.date) })
    }
}
