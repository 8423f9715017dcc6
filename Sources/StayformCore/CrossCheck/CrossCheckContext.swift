import Synchronization

/// What every rule evaluation reads besides the draft: the pack, its lookup tables, the
/// working-day calendar and the language. A class, so that each evaluation shares one
/// reference instead of copying the pack's many parts.
final class CrossCheckContext: Sendable {
    let pack: FormPack
    let language: String
    /// The program's words in `language` (English when the catalogs lack it).
    let words: Words
    let lookup: PackLookup
    let calendar: WorkingDayCalendar
    /// Each field's place (its code), each document's place (its label in `language`).
    let fieldPlaces: [String: FindingPlace]
    let documentPlaces: [String: FindingPlace]
    /// Each figure as findings cite it.
    let citations: [String: FigureCitation]
    /// The last machine-readable zone read, with its reading: the MRZ rule also reads the
    /// name, number and dates typed beside the zone, so it runs again at every key typed in
    /// those fields while the zone is unchanged, and reading it was half of such a key's work.
    private let lastMRZ = Mutex<(text: String, today: CalendarDate, reading: MRZReading)?>(nil)

    init(pack: FormPack, language: String) {
        self.pack = pack
        self.language = language
        let words = Language(orEnglish: language).words
        self.words = words
        self.lookup = PackLookup(pack: pack)
        self.calendar = WorkingDayCalendar(holidays: pack.holidayYears.flatMap { $0.days.map(\.date) })
        var fieldPlaces: [String: FindingPlace] = [:]
        for field in pack.allFields { fieldPlaces[field.id] = .field(id: field.id, code: field.code) }
        self.fieldPlaces = fieldPlaces
        var documentPlaces: [String: FindingPlace] = [:]
        for document in pack.documents {
            documentPlaces[document.id] = .document(id: document.id, label: document.label.resolved(for: language))
        }
        self.documentPlaces = documentPlaces
        var citations: [String: FigureCitation] = [:]
        for figure in pack.figures { citations[figure.id] = FigureCitation(figure, words: words) }
        self.citations = citations
    }

    /// `MachineReadableZone.read(text, today:)`, kept for the last zone read.
    func mrzReading(of text: String, today: CalendarDate) -> MRZReading {
        if let last = lastMRZ.withLock({ $0 }), last.today == today, last.text == text { return last.reading }
        let reading = MachineReadableZone.read(text, today: today)
        lastMRZ.withLock { $0 = (text, today, reading) }
        return reading
    }
}
