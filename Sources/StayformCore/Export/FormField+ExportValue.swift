extension FormField {
    /// `value` as a person reads it in an export, in `language`: a choice's label instead of
    /// its id, a date with its month's name (`2026-03-05 (05 Mar 2026)`), a country's name
    /// after its code, `yes` / `no` (`ya` / `tidak`); anything else as typed.
    ///
    ///     field.exportValue(of: "2026-03-05", in: pack, language: "en")   // "2026-03-05 (05 Mar 2026)"
    public func exportValue(of value: String, in pack: FormPack, language: String) -> String {
        let words = Language(orEnglish: language).words
        switch type {
        case .date:
            guard let date = CalendarDate(iso8601: value) else { return value }
            return words.exportDate(date)
        case .singleChoice, .sex:
            return options.first { $0.value == value }?.label.resolved(for: language) ?? value
        case .multipleChoice:
            return value.split(separator: ",").map { part in
                let chosen = String(part)
                return options.first { $0.value == chosen }?.label.resolved(for: language) ?? chosen
            }.joined(separator: "; ")
        case .country:
            guard let country = pack.countries.first(where: { $0.code == value }) else { return value }
            return "\(country.code) (\(country.name))"
        case .yesNo:
            switch value {
            case "yes", "y", "true": return words["export.yes"]
            case "no", "n", "false": return words["export.no"]
            default: return value
            }
        default:
            return value
        }
    }
}
