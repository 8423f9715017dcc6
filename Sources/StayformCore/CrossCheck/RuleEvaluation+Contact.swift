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
                detail: words["finding.email.case-differs"])
        case .different:
            report(
                confirmationID, severity: severity(), places: places, expected: entered, found: again,
                detail: words["finding.email.differs"])
        }
    }

    /// Each phone number is in international format; a fix is suggested when one is clear.
    mutating func checkPhoneFormat() {
        for fieldID in rule.parameters["fields"]?.names ?? [] {
            guard let text = answer(fieldID), case .invalid(let problems) = PhoneNumber.read(text) else { continue }
            var suggestion: String?
            let details = problems.map { problem -> String in
                switch problem {
                case .empty: return words["finding.phone.empty"]
                case .invalidCharacters(let positions):
                    return words.counted("finding.phone.characters", positions.count, ["positions": words.list(positions)])
                case .indonesianLocalForm(let fix):
                    suggestion = fix
                    return words("finding.phone.local-form", ["fix": fix])
                case .internationalPrefixInsteadOfPlus(let fix):
                    suggestion = fix
                    return words("finding.phone.double-zero", ["fix": fix])
                case .missingPlus: return words["finding.phone.no-plus"]
                case .trunkZeroAfterCountryCode(let fix):
                    suggestion = fix
                    return words("finding.phone.trunk-zero", ["fix": fix])
                case .countryCodeStartsWithZero: return words["finding.phone.zero-country-code"]
                case .wrongDigitCount(let found): return words("finding.phone.digit-count", ["count": String(found)])
                }
            }
            report(
                fieldID, severity: severity(), places: [place(field: fieldID)], expected: suggestion, found: text,
                detail: details.joined(separator: "; "))
        }
    }
}
