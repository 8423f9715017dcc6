extension FormField {
    /// The options a choice field offers: its own, the pack's countries for a country field,
    /// the passport's sex markers for a sex field without options.
    ///
    ///     field.choiceOptions(in: pack).map(\.value)   // ["M", "F", "X"] for a sex field
    public func choiceOptions(in pack: FormPack) -> [ChoiceOption] {
        switch type {
        case .country:
            return pack.countries.map { ChoiceOption(value: $0.code, label: LocalizedText(english: $0.name)) }
        case .sex where options.isEmpty:
            return FormField.passportSexOptions
        default:
            return options
        }
    }

    /// The sex markers a passport prints (ICAO 9303): M, F, or X for unspecified.
    static let passportSexOptions = [
        ChoiceOption(value: "M", label: LocalizedText(english: "M (male)")),
        ChoiceOption(value: "F", label: LocalizedText(english: "F (female)")),
        ChoiceOption(value: "X", label: LocalizedText(english: "X (unspecified)")),
    ]
}
