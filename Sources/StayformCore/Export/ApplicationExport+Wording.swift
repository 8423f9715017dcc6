/// The phrases the Markdown and text renderings share, so that both say the same thing, in
/// the language of the `words` given.
extension ExportedDocument.Need {
    func wording(_ words: Words) -> String { words["export.need.\(rawValue)"] }
}

extension ExportedDocument.State {
    func wording(_ words: Words) -> String { words["export.state.\(rawValue)"] }
}

extension ExportedRestatement {
    func wording(_ words: Words) -> String {
        words("export.restatement.\(state.rawValue)", ["printed": printed ?? ""])
    }
}

extension ExportedFile {
    /// `files/photo.png (png, 1,536 bytes, 600×800 pixels)`, or why it cannot be read.
    func wording(_ words: Words) -> String {
        if let problem { return words("export.file.unreadable", ["path": path, "problem": problem]) }
        var facts = [type ?? words["export.file.unknown-type"], FigureValue(amount: size, unit: .bytes).written(in: words)]
        if let pixelSize {
            facts.append(words("export.file.pixels", ["width": String(pixelSize.width), "height": String(pixelSize.height)]))
        }
        return "\(path) (\(facts.joined(separator: ", ")))"
    }
}

extension ExportedField {
    func valueWording(_ words: Words) -> String {
        guard let value else { return words[isRequired ? "export.field.missing-required" : "export.field.not-answered"] }
        return problem.map { words("export.field.with-problem", ["value": value, "problem": $0]) } ?? value
    }
}

extension Words {
    /// A date as the export shows it: ISO, then the day in words (`2026-03-05 (05 Mar 2026)`).
    func exportDate(_ date: CalendarDate) -> String {
        self("export.date", ["iso": date.iso8601, "short": self.date(date, style: .abbreviated)])
    }
}

extension DeadlineSummary {
    /// Each line of the summary as label and value, in order, in the language of `words`.
    func rows(_ words: Words) -> [(label: String, value: String)] {
        var rows: [(String, String)] = []
        let expires = words["deadline.expires"]
        guard let expiry, let daysUntilExpiry else {
            return [(expires, words["deadline.expires.missing"])]
        }
        let left = switch daysUntilExpiry {
            case 0: words["deadline.left.today"]
            case 1...: words.counted("deadline.left", daysUntilExpiry)
            default: words.counted("deadline.left.expired", -daysUntilExpiry)
        }
        rows.append((expires, words("deadline.expires.value", ["date": words.exportDate(expiry), "left": left])))
        if let windowOpens, let windowCloses {
            rows.append((words["deadline.window"], words("deadline.window.value", [
                "opens": words.exportDate(windowOpens), "closes": words.exportDate(windowCloses),
            ])))
        }
        if let holidayCaveat { rows.append((words["deadline.holidays"], holidayCaveat)) }
        if let status { rows.append((words["deadline.today"], status.wording(words))) }
        switch overstay {
        case .charge(let days, let total):
            rows.append((words["deadline.overstay"], words.counted("deadline.overstay.charge", days, [
                "total": FigureValue(amount: total, unit: overstayUnit).written(in: words),
            ])))
        case .deportation(let days):
            rows.append((words["deadline.overstay"], words("deadline.overstay.deportation", ["count": String(days)])))
        case .some(.none), nil:
            break
        }
        return rows
    }
}

extension FilingWindowStatus {
    func wording(_ words: Words) -> String {
        switch self {
        case .notYetOpen(let days): words.counted("deadline.status.not-yet-open", days)
        case .open(let days): days == 0 ? words["deadline.status.open-last-day"] : words.counted("deadline.status.open", days)
        case .closedNotExpired(let days): words.counted("deadline.status.closed", days)
        case .expired(let days): words.counted("deadline.status.expired", days)
        }
    }
}

extension ExportedFigure {
    /// `confirmed; source; checked 2026-11-01`.
    func provenanceWording(_ words: Words) -> String {
        words("export.figure.provenance", [
            "confidence": confidence.wording(words), "source": source, "date": words.date(lastChecked),
        ])
    }
}

extension FindingSeverity {
    func markdownHeading(_ words: Words) -> String { words["export.heading.\(rawValue)"] }
}
