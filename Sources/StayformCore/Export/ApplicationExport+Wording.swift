/// The phrases the Markdown and text renderings share, so that both say the same thing.
extension ExportedDocument.Need {
    var wording: String { rawValue }
}

extension ExportedDocument.State {
    var wording: String {
        switch self {
        case .attached: "attached and checked"
        case .attachedWithProblem: "attached, with a problem"
        case .missing: "missing"
        }
    }
}

extension ExportedRestatement {
    var wording: String {
        switch state {
        case .matches: "matches"
        case .differs: "differs: the document prints \"\(printed ?? "")\""
        case .toConfirmAgain: "to confirm again (confirmed as \"\(printed ?? "")\", changed since)"
        case .notChecked: "not checked"
        }
    }
}

extension ExportedFile {
    /// `files/photo.png (png, 1,536 bytes, 600×800 pixels)`, or why it cannot be read.
    var wording: String {
        if let problem { return "\(path) (cannot be read: \(problem))" }
        var facts = [type ?? "unknown type", FigureValue(amount: size, unit: .bytes).displayString]
        if let pixelSize { facts.append("\(pixelSize.width)×\(pixelSize.height) pixels") }
        return "\(path) (\(facts.joined(separator: ", ")))"
    }
}

extension ExportedField {
    var valueWording: String {
        guard let value else { return isRequired ? "(missing, required)" : "(not answered)" }
        return problem.map { "\(value)  (cannot be right: \($0))" } ?? value
    }
}

extension DeadlineSummary {
    /// Each line of the summary as label and value, in order.
    var rows: [(label: String, value: String)] {
        var rows: [(String, String)] = []
        guard let expiry, let daysUntilExpiry else {
            return [("Permit expires", "not answered: the expiry date of the current permit is needed")]
        }
        let left = switch daysUntilExpiry {
            case 0: "the last valid day is today"
            case 1...: "\(daysUntilExpiry) day\(daysUntilExpiry == 1 ? "" : "s") left"
            default: "expired \(-daysUntilExpiry) day\(daysUntilExpiry == -1 ? "" : "s") ago"
        }
        rows.append(("Permit expires", "\(expiry.iso8601) (\(expiry.displayString)), \(left)"))
        if let windowOpens, let windowCloses {
            rows.append(("Filing window", "opens \(windowOpens.iso8601) (\(windowOpens.displayString)), closes \(windowCloses.iso8601) (\(windowCloses.displayString))"))
        }
        if let holidayCaveat { rows.append(("Holidays", holidayCaveat)) }
        if let status { rows.append(("Today", status.wording)) }
        switch overstay {
        case .charge(let days, let total):
            rows.append(("Overstay estimate", "\(days) day\(days == 1 ? "" : "s"): \(FigureValue(amount: total, unit: overstayUnit).displayString)"))
        case .deportation(let days):
            rows.append(("Overstay estimate", "\(days) days: deportation and an entry ban apply"))
        case .some(.none), nil:
            break
        }
        return rows
    }
}

extension FilingWindowStatus {
    var wording: String {
        switch self {
        case .notYetOpen(let days): "too early: the window opens in \(days) day\(days == 1 ? "" : "s")"
        case .open(let days): days == 0 ? "the window is open; today is the last day to file" : "the window is open: \(days) more day\(days == 1 ? "" : "s") to file"
        case .closedNotExpired(let days): "the last day to file has passed; the permit ends in \(days) day\(days == 1 ? "" : "s")"
        case .expired(let days): "the permit expired \(days) day\(days == 1 ? "" : "s") ago: it cannot be extended online"
        }
    }
}

extension ExportedFigure {
    /// `14 days (confirmed; source, checked 2026-11-01)`.
    var provenanceWording: String {
        "\(confidence.rawValue); \(source); checked \(lastChecked.iso8601)"
    }
}

extension FindingSeverity {
    var markdownHeading: String {
        switch self {
        case .blocking: "Blocking"
        case .warning: "Warnings"
        case .note: "Notes"
        }
    }
}
