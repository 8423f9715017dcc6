import StayformCore

/// How the wizard lets the user give a field's value.
public enum FieldEditing: Hashable, Sendable {
    /// Typed into a line editor.
    case text
    /// Picked from a list (single choice, country, sex).
    case choice
    /// Several ticked in a list.
    case multipleChoice
    /// Yes or no, toggled.
    case yesNo
}

extension FormField {
    /// How this field is edited.
    public var editing: FieldEditing {
        switch type {
        case .singleChoice, .country, .sex: return .choice
        case .multipleChoice: return .multipleChoice
        case .yesNo: return .yesNo
        default: return .text
        }
    }

    /// The longest value the field's editor takes.
    public var editorLimit: Int {
        if let maxLength { return maxLength }
        switch type {
        case .mrz: return 88
        case .nik: return 20
        case .passportNumber, .postalCode, .nib, .npwp, .duration: return 24
        case .date: return 24
        case .attachment: return 1024
        default: return 200
        }
    }

    /// A line shown under the focused field: what to type, in which form; empty for free text.
    public func inputHint(_ words: Words) -> String {
        switch type {
        case .date: words["wizard.input.date"]
        case .mrz: words["wizard.input.mrz"]
        case .passportNumber: words["wizard.input.passport-number"]
        case .nik: words["wizard.input.nik"]
        case .phone: words["wizard.input.phone"]
        case .email: "name@example.com"
        case .money: words["wizard.input.money"]
        case .duration: words["wizard.input.duration"]
        case .attachment: words["wizard.input.attachment"]
        case .postalCode: words["wizard.input.postal-code"]
        case .singleChoice, .country, .sex: words["wizard.input.choice"]
        case .multipleChoice: words["wizard.input.multiple-choice"]
        case .yesNo: words["wizard.input.yes-no"]
        default: ""
        }
    }

    /// The value as stored once the user leaves the field. What is wrong with it is the
    /// engine's to say (the `valid-answers` rule); the value is kept as typed when it cannot be
    /// tidied.
    ///
    /// Dates are stored as ISO 8601 when they can be read without doubt; identity numbers in
    /// upper case without spaces; the MRZ as its two lines.
    public func committedValue(_ typed: String) -> String {
        let trimmed = typed.trimmingWhitespace
        guard !trimmed.isEmpty else { return "" }
        switch type {
        case .date:
            guard case .date(let date) = DateInput.parse(trimmed) else { return trimmed }
            return date.iso8601
        case .passportNumber:
            return String(trimmed.uppercased().filter { $0 != " " })
        case .attachment:
            return DroppedPath.plain(trimmed)
        case .mrz:
            let compact = String(trimmed.uppercased().filter { $0 != " " && $0 != "\n" })
            guard compact.count > 44 else { return compact }
            return String(compact.prefix(44)) + "\n" + String(compact.dropFirst(44))
        default:
            return trimmed
        }
    }

    /// The value as shown when the field does not have the focus, one string per row; a
    /// value `mask` hides says so instead.
    public func displayRows(of value: String, in pack: FormPack, language: String, mask: PrivacyMask) -> [String] {
        let words = Language(orEnglish: language).words
        if mask.hides(field: id), !value.isEmpty {
            return [PrivacyMask.hiddenAnswer(words)]
        }
        switch type {
        case .date:
            if let date = CalendarDate(iso8601: value) { return ["\(value)  (\(words.date(date, style: .abbreviated)))"] }
            return [value]
        case .mrz:
            return value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .yesNo:
            switch value {
            case "yes": return [words["wizard.form.yes"]]
            case "no": return [words["wizard.form.no"]]
            default: return [value]
            }
        case .singleChoice, .country, .sex:
            let options = choiceOptions(in: pack)
            return [options.first { $0.value == value }.map { $0.label.resolved(for: language) } ?? value]
        case .multipleChoice:
            let chosen = Set(value.split(separator: ",").map(String.init))
            let labels = choiceOptions(in: pack).filter { chosen.contains($0.value) }.map { $0.label.resolved(for: language) }
            return [labels.joined(separator: "; ")]
        default:
            return [value]
        }
    }

    /// How many rows the field's value takes on a page.
    public var valueRows: Int { type == .mrz ? 2 : 1 }
}
