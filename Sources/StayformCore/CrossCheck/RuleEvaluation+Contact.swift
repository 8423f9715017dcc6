extension RuleEvaluation {
    /// The e-mail address typed twice is the same address.
    mutating func checkEmailConfirmation() {
        guard let fieldID = rule.parameters["field"]?.name, let entered = answer(fieldID),
            let confirmationID = rule.parameters["confirmation-field"]?.name, let again = answer(confirmationID)
        else { return }
        let places = [place(field: fieldID), place(field: confirmationID)]
        switch EmailConfirmation(entered, again) {
        case .identical, .equivalent:
            return
        case .localPartCaseDiffers:
            report(
                confirmationID, severity: .note, places: places, expected: entered, found: again,
                detail: "only the case of the part before @ differs; most providers ignore it")
        case .different:
            report(
                confirmationID, severity: severity(), places: places, expected: entered, found: again,
                detail: "the two addresses differ")
        }
    }

    /// Each phone number is in international format; a fix is suggested when one is clear.
    mutating func checkPhoneFormat() {
        for fieldID in rule.parameters["fields"]?.names ?? [] {
            guard let text = answer(fieldID), case .invalid(let problems) = PhoneNumber.read(text) else { continue }
            var suggestion: String?
            let details = problems.map { problem -> String in
                switch problem {
                case .empty: return "the number is empty"
                case .invalidCharacters(let positions):
                    return "characters other than digits, spaces, + - . ( ) at position\(positions.count == 1 ? "" : "s") "
                        + positions.map(String.init).joined(separator: ", ")
                case .indonesianLocalForm(let fix):
                    suggestion = fix
                    return "an Indonesian number written in the local form (0…); internationally it is \(fix)"
                case .internationalPrefixInsteadOfPlus(let fix):
                    suggestion = fix
                    return "00 written instead of +: \(fix)"
                case .missingPlus: return "no + and country code at the start"
                case .trunkZeroAfterCountryCode(let fix):
                    suggestion = fix
                    return "the 0 after the country code is dropped internationally: \(fix)"
                case .countryCodeStartsWithZero: return "a country code never starts with 0"
                case .wrongDigitCount(let found): return "\(found) digits; an international number has 8 to 15"
                }
            }
            report(
                fieldID, severity: severity(), places: [place(field: fieldID)], expected: suggestion, found: text,
                detail: details.joined(separator: "; "))
        }
    }
}
