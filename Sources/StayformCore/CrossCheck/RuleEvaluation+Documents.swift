extension RuleEvaluation {
    /// The MRZ reads, its check digits hold, and what it restates agrees with the fields.
    mutating func checkMRZ() {
        guard let mrzField = rule.parameters["mrz-field"]?.name, let text = answer(mrzField) else { return }
        let reading = MachineReadableZone.read(text, today: today)
        if !reading.problems.isEmpty {
            report(
                "\(mrzField).reading", severity: severity(), places: [place(field: mrzField)],
                detail: reading.problems.map(Self.describe).joined(separator: "; "))
        }
        guard let zone = reading.zone else { return }
        let name = [zone.surname, zone.givenNames].filter { !$0.isEmpty }.joined(separator: " ")
        restated("name-field", by: name, normalizer: .personName, mrzField: mrzField)
        restated("number-field", by: zone.documentNumber, normalizer: .passportNumber, mrzField: mrzField)
        restated("birth-date-field", by: zone.birthDate?.iso8601, normalizer: .date, mrzField: mrzField)
        restated("expiry-field", by: zone.expiryDate?.iso8601, normalizer: .date, mrzField: mrzField)
        restatedCountry("nationality-field", by: zone.nationality, mrzField: mrzField)
        restatedCountry("issuing-country-field", by: zone.issuingState, mrzField: mrzField)
        if let sex = zone.sex {
            let letter = switch sex {
            case .female: "F"
            case .male: "M"
            case .unspecified: "X"
            }
            restated("sex-field", by: letter, normalizer: .text, mrzField: mrzField)
        }
    }

    private mutating func restated(
        _ parameter: String, by mrzValue: String?, normalizer: ValueNormalizer, mrzField: String
    ) {
        guard let fieldID = rule.parameters[parameter]?.name, let typed = answer(fieldID), let mrzValue else { return }
        let places = [place(field: fieldID), place(field: mrzField)]
        switch ValueComparison(normalizer, expected: typed, stated: mrzValue) {
        case .same, .note:
            return
        case .warning(let detail):
            report(fieldID, severity: min(.warning, severity()), places: places, expected: typed, found: mrzValue,
                   detail: "the MRZ says \"\(mrzValue)\": \(detail)")
        case .differs(let detail):
            report(fieldID, severity: severity(), places: places, expected: typed, found: mrzValue,
                   detail: "the MRZ says \"\(mrzValue)\": \(detail)")
        }
    }

    /// Countries compare by their ICAO codes; Germany's MRZ writes `D` for `DEU`.
    private mutating func restatedCountry(_ parameter: String, by mrzCode: String, mrzField: String) {
        guard let fieldID = rule.parameters[parameter]?.name, let typed = answer(fieldID) else { return }
        let code = String(mrzCode.filter { $0 != "<" })
        let typedCode = typed.uppercased()
        guard typedCode != code, !(code == "D" && typedCode == "DEU") else { return }
        report(
            fieldID, severity: severity(), places: [place(field: fieldID), place(field: mrzField)],
            expected: typed, found: code, detail: "the MRZ gives the country code \(code)")
    }

    private static func describe(_ problem: MRZProblem) -> String {
        switch problem {
        case .wrongLineCount(let found): "a passport MRZ has 2 lines, found \(found)"
        case .wrongLineLength(let line, let found): "line \(line) has \(found) characters instead of 44"
        case .invalidCharacters(let line, let positions):
            "line \(line) has characters other than A–Z, 0–9 and < at position\(positions.count == 1 ? "" : "s") "
                + positions.map(String.init).joined(separator: ", ")
        case .notAPassport(let found): "the document code is \(found), not a passport's P"
        case .missingNameSeparator: "the name has no << between surname and given names"
        case .checkDigitMismatch(let field, let expected, let found):
            "the check digit of the \(Self.name(of: field)) is \(found) but should be \(expected)"
        case .invalidDate(let field, let text):
            "the \(field == .birthDate ? "birth date" : "expiry date") \(text) is not a date"
        case .invalidSex(let found): "the sex is \(found), not M, F or <"
        }
    }

    private static func name(of field: MRZCheckedField) -> String {
        switch field {
        case .documentNumber: "document number"
        case .birthDate: "birth date"
        case .expiryDate: "expiry date"
        case .optionalData: "optional data"
        case .composite: "whole second line (composite)"
        }
    }

    /// A NIK has 16 valid digits, and its birth date and sex agree with the sponsor's.
    mutating func checkNIK() {
        guard let nikField = rule.parameters["nik-field"]?.name, let text = answer(nikField) else { return }
        switch NIK.read(text) {
        case .invalid(let problems):
            report(
                "\(nikField).reading", severity: severity(), places: [place(field: nikField)], found: text,
                detail: problems.map(Self.describe).joined(separator: "; "))
        case .valid(let nik):
            guard let birthDate = date(parameter: "birth-date-field") else { return }
            let sex: NIKSex? = switch answer(parameter: "sex-field")?.uppercased() {
            case "F": .female
            case "M": .male
            default: nil
            }
            var places = [place(field: nikField)]
            for parameter in ["birth-date-field", "sex-field"] {
                if let id = rule.parameters[parameter]?.name { places.append(place(field: id)) }
            }
            for mismatch in nik.mismatches(birthDate: birthDate, sex: sex ?? nik.sex) {
                switch mismatch {
                case .birthDate(let day, let month, let year, let stated):
                    let femaleNote = nik.sex == .female ? " (a woman's day is written plus 40)" : ""
                    report(
                        "\(nikField).birth-date", severity: severity(), places: places, expected: stated.iso8601,
                        found: "\(Self.twoDigits(day))-\(Self.twoDigits(month))-\(Self.twoDigits(year))",
                        detail: "the NIK's 7th to 12th digits give a birth date of day \(day), month \(month), year ..\(Self.twoDigits(year))\(femaleNote), not \(stated.iso8601)")
                case .sex(let nikSex, let stated):
                    report(
                        "\(nikField).sex", severity: severity(), places: places,
                        expected: stated == .female ? "F" : "M", found: nikSex == .female ? "F" : "M",
                        detail: "the NIK's day of birth says \(nikSex == .female ? "female (day plus 40)" : "male"), the sponsor's sex is \(stated == .female ? "female" : "male")")
                }
            }
        }
    }

    private static func describe(_ problem: NIKProblem) -> String {
        switch problem {
        case .empty: "the NIK is empty"
        case .notDigits(let positions): "not a digit at position\(positions.count == 1 ? "" : "s") " + positions.map(String.init).joined(separator: ", ")
        case .wrongLength(let found): "\(found) digits instead of 16"
        case .provinceOutOfRange(let found): "the province code \(found) is not one in use (11 to 94)"
        case .zeroRegionCode: "the regency or district code is 00"
        case .noSuchBirthDate(let day, let month, let year): "the birth date digits (day \(day), month \(month), year ..\(twoDigits(year))) are not a real date"
        case .zeroSerial: "the last four digits are 0000"
        }
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
