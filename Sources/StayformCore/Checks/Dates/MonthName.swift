/// Month names and abbreviations people type, in English and Indonesian.
enum MonthName {
    /// The month number (1–12) for `name`, case-insensitive; `nil` when it is not a month.
    static func number(for name: String) -> Int? {
        let key = name.lowercased()
        for (index, names) in spellings.enumerated() where names.contains(key) { return index + 1 }
        return nil
    }

    /// Per month: English and Indonesian full names and their usual abbreviations.
    private static let spellings: [Set<String>] = [
        ["jan", "january", "januari"],
        ["feb", "february", "februari", "peb", "pebruari"],
        ["mar", "march", "maret"],
        ["apr", "april"],
        ["may", "mei"],
        ["jun", "june", "juni"],
        ["jul", "july", "juli"],
        ["aug", "august", "agu", "agt", "agus", "agustus"],
        ["sep", "sept", "september"],
        ["oct", "october", "okt", "oktober"],
        ["nov", "november", "nop", "nopember"],
        ["dec", "december", "des", "desember"],
    ]
}
