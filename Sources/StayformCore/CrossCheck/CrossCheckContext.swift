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
}
