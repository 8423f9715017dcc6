extension RuleEvaluation {
    /// The MRZ reads, its check digits hold, and what it restates agrees with the fields.
    mutating func checkMRZ() {
        guard let mrzField = rule.parameters["mrz-field"]?.name, let text = answer(mrzField) else { return }
        let reading = context.mrzReading(of: text, today: today)
        if !reading.problems.isEmpty {
            report(
                "\(mrzField).reading", severity: severity(), places: [place(field: mrzField)],
                detail: reading.problems.map(describe).joined(separator: "; "))
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
        switch ValueComparison(normalizer, expected: typed, stated: mrzValue, words: words) {
        case .same, .note:
            return
        case .warning(let detail):
            report(fieldID, severity: min(.warning, severity()), places: places, expected: typed, found: mrzValue,
                   detail: words("finding.mrz.says", ["value": mrzValue, "detail": detail]))
        case .differs(let detail):
            report(fieldID, severity: severity(), places: places, expected: typed, found: mrzValue,
                   detail: words("finding.mrz.says", ["value": mrzValue, "detail": detail]))
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
            expected: typed, found: code, detail: words("finding.mrz.country", ["code": code]))
    }

    private func describe(_ problem: MRZProblem) -> String {
        switch problem {
        case .wrongLineCount(let found): words("finding.mrz.line-count", ["count": String(found)])
        case .wrongLineLength(let line, let found):
            words("finding.mrz.line-length", ["line": String(line), "count": String(found)])
        case .invalidCharacters(let line, let positions):
            words.counted("finding.mrz.characters", positions.count, ["line": String(line), "positions": words.list(positions)])
        case .notAPassport(let found): words("finding.mrz.not-a-passport", ["code": found])
        case .missingNameSeparator: words["finding.mrz.name-separator"]
        case .checkDigitMismatch(let field, let expected, let found):
            words("finding.mrz.check-digit", [
                "part": name(of: field), "found": String(found), "expected": String(expected),
            ])
        case .invalidDate(let field, let text):
            words(field == .birthDate ? "finding.mrz.birth-date" : "finding.mrz.expiry-date", ["text": text])
        case .invalidSex(let found): words("finding.mrz.sex", ["found": String(found)])
        }
    }

    private func name(of field: MRZCheckedField) -> String {
        switch field {
        case .documentNumber: words["finding.mrz.part.document-number"]
        case .birthDate: words["finding.mrz.part.birth-date"]
        case .expiryDate: words["finding.mrz.part.expiry-date"]
        case .optionalData: words["finding.mrz.part.optional-data"]
        case .composite: words["finding.mrz.part.composite"]
        }
    }

    /// A NIK has 16 valid digits, and its birth date and sex agree with the sponsor's.
    mutating func checkNIK() {
        guard let nikField = rule.parameters["nik-field"]?.name, let text = answer(nikField) else { return }
        switch NIK.read(text) {
        case .invalid(let problems):
            report(
                "\(nikField).reading", severity: severity(), places: [place(field: nikField)], found: text,
                detail: problems.map(describe).joined(separator: "; "))
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
                    report(
                        "\(nikField).birth-date", severity: severity(), places: places, expected: stated.iso8601,
                        found: "\(Self.twoDigits(day))-\(Self.twoDigits(month))-\(Self.twoDigits(year))",
                        detail: words(nik.sex == .female ? "finding.nik.birth-date.female" : "finding.nik.birth-date", [
                            "day": String(day), "month": String(month), "year": Self.twoDigits(year),
                            "stated": words.date(stated),
                        ]))
                case .sex(let nikSex, let stated):
                    report(
                        "\(nikField).sex", severity: severity(), places: places,
                        expected: stated == .female ? "F" : "M", found: nikSex == .female ? "F" : "M",
                        detail: words(nikSex == .female ? "finding.nik.sex.female" : "finding.nik.sex.male"))
                }
            }
        }
    }

    private func describe(_ problem: NIKProblem) -> String {
        switch problem {
        case .empty: words["finding.nik.empty"]
        case .notDigits(let positions): words.counted("finding.digits.not-digits", positions.count, ["positions": words.list(positions)])
        case .wrongLength(let found): words("finding.digits.length", ["count": String(found), "expected": "16"])
        case .provinceOutOfRange(let found): words("finding.nik.province", ["code": String(found)])
        case .zeroRegionCode: words["finding.nik.region"]
        case .noSuchBirthDate(let day, let month, let year):
            words("finding.nik.no-such-date", ["day": String(day), "month": String(month), "year": Self.twoDigits(year)])
        case .zeroSerial: words["finding.nik.serial"]
        }
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}
