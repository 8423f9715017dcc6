import StayformCore

// How each model type of a form pack is written to the pack cache and read back
// (`PackArchivable`): its stored properties, in the order of its initialiser.
// `PackArchiveTests.everyShippedPackSurvivesTheArchive` reads back every pack we ship.

extension FormPack: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            id: try archive.read(), title: try archive.read(), edition: try archive.read(),
            sections: try archive.read(), effectiveDate: try archive.read(), languages: try archive.read(),
            categoryFieldID: try archive.read(), categories: try archive.read(), documents: try archive.read(),
            facts: try archive.read(), rules: try archive.read(), figures: try archive.read(),
            holidayYears: try archive.read(), texts: try archive.read(), countries: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(id)
        archive.write(title)
        archive.write(edition)
        archive.write(sections)
        archive.write(effectiveDate)
        archive.write(languages)
        archive.write(categoryFieldID)
        archive.write(categories)
        archive.write(documents)
        archive.write(facts)
        archive.write(rules)
        archive.write(figures)
        archive.write(holidayYears)
        archive.write(texts)
        archive.write(countries)
    }
}

extension FormSection: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            id: try archive.read(), code: try archive.read(), title: try archive.read(), fields: try archive.read(),
            help: try archive.read(), shownWhen: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(id)
        archive.write(code)
        archive.write(title)
        archive.write(fields)
        archive.write(help)
        archive.write(shownWhen)
    }
}

extension FormField: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            id: try archive.read(), code: try archive.read(), label: try archive.read(), type: try archive.read(),
            help: try archive.read(), maxLength: try archive.read(), isRequired: try archive.read(),
            requiredWhen: try archive.read(), shownWhen: try archive.read(), options: try archive.read(),
            fact: try archive.read(), document: try archive.read(), wordingByFiler: try archive.read(),
            constraints: try archive.read(), isMasked: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(id)
        archive.write(code)
        archive.write(label)
        archive.write(type)
        archive.write(help)
        archive.write(maxLength)
        archive.write(isRequired)
        archive.write(requiredWhen)
        archive.write(shownWhen)
        archive.write(options)
        archive.write(fact)
        archive.write(document)
        archive.write(wordingByFiler)
        archive.write(constraints)
        archive.write(isMasked)
    }
}

extension FieldConstraints: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            pattern: try archive.read(), format: try archive.read(), minLength: try archive.read(),
            minimum: try archive.read(), maximum: try archive.read(), earliest: try archive.read(),
            latest: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(pattern)
        archive.write(format)
        archive.write(minLength)
        archive.write(minimum)
        archive.write(maximum)
        archive.write(earliest)
        archive.write(latest)
    }
}

extension DateBound: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        let date: CalendarDate? = try archive.read()
        self = date.map(DateBound.date) ?? .today
    }

    func write(to archive: inout PackArchiveWriter) {
        switch self {
        case .today: archive.write(CalendarDate?.none)
        case .date(let date): archive.write(CalendarDate?.some(date))
        }
    }
}

extension FieldCondition: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self = try archive.nested { (archive: inout PackArchiveReader) throws(PackArchiveError) in
            switch try archive.byte() {
            case 0: .equals(field: try archive.read(), value: try archive.read())
            case 1: .isOneOf(field: try archive.read(), values: try archive.read())
            case 2: .isSet(field: try archive.read(), try archive.read())
            case 3: .contains(field: try archive.read(), value: try archive.read())
            case 4: .all(try archive.read())
            case 5: .any(try archive.read())
            case 6: .not(try archive.read())
            default: throw PackArchiveError()
            }
        }
    }

    func write(to archive: inout PackArchiveWriter) {
        switch self {
        case .equals(let field, let value):
            archive.append(0)
            archive.write(field)
            archive.write(value)
        case .isOneOf(let field, let values):
            archive.append(1)
            archive.write(field)
            archive.write(values)
        case .isSet(let field, let isSet):
            archive.append(2)
            archive.write(field)
            archive.write(isSet)
        case .contains(let field, let value):
            archive.append(3)
            archive.write(field)
            archive.write(value)
        case .all(let conditions):
            archive.append(4)
            archive.write(conditions)
        case .any(let conditions):
            archive.append(5)
            archive.write(conditions)
        case .not(let condition):
            archive.append(6)
            archive.write(condition)
        }
    }
}

extension ChoiceOption: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(value: try archive.read(), label: try archive.read(), formerValues: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(value)
        archive.write(label)
        archive.write(formerValues)
    }
}

extension Wording: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(label: try archive.read(), help: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(label)
        archive.write(help)
    }
}

extension LocalizedText: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(translations)
    }
}

extension PermitCategory: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            id: try archive.read(), label: try archive.read(), help: try archive.read(),
            isExtendable: try archive.read(), filedBy: try archive.read(), stopText: try archive.read(),
            figureIDs: try archive.read(), requiredDocuments: try archive.read(),
            recommendedDocuments: try archive.read(), formerIDs: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(id)
        archive.write(label)
        archive.write(help)
        archive.write(isExtendable)
        archive.write(filedBy)
        archive.write(stopText)
        archive.write(figureIDs)
        archive.write(requiredDocuments)
        archive.write(recommendedDocuments)
        archive.write(formerIDs)
    }
}

extension DocumentRequirement: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(documentID: try archive.read(), when: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(documentID)
        archive.write(when)
    }
}

extension SupportingDocument: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            id: try archive.read(), label: try archive.read(), help: try archive.read(), shows: try archive.read(),
            wordingByFiler: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(id)
        archive.write(label)
        archive.write(help)
        archive.write(shows)
        archive.write(wordingByFiler)
    }
}

extension Fact: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            id: try archive.read(), label: try archive.read(), sourceDocumentID: try archive.read(),
            normalizer: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(id)
        archive.write(label)
        archive.write(sourceDocumentID)
        archive.write(normalizer)
    }
}

extension CheckRule: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            id: try archive.read(), kind: try archive.read(), severity: try archive.read(), message: try archive.read(),
            parameters: try archive.read(), when: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(id)
        archive.write(kind)
        archive.write(severity)
        archive.write(message)
        archive.write(parameters)
        archive.write(when)
    }
}

extension RuleParameter: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        switch try archive.byte() {
        case 0: self = .name(try archive.read())
        case 1: self = .names(try archive.read())
        default: throw PackArchiveError()
        }
    }

    func write(to archive: inout PackArchiveWriter) {
        switch self {
        case .name(let name):
            archive.append(0)
            archive.write(name)
        case .names(let names):
            archive.append(1)
            archive.write(names)
        }
    }
}

extension Figure: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            id: try archive.read(), kind: try archive.read(), label: try archive.read(), values: try archive.read(),
            provenance: try archive.read(), note: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(id)
        archive.write(kind)
        archive.write(label)
        archive.write(values)
        archive.write(provenance)
        archive.write(note)
    }
}

extension FigureValue: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(amount: try archive.read(), unit: try archive.read(), items: try archive.read(), source: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(amount)
        archive.write(unit)
        archive.write(items)
        archive.write(source)
    }
}

extension Provenance: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(
            source: try archive.read(), effectiveDate: try archive.read(), lastChecked: try archive.read(),
            confidence: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(source)
        archive.write(effectiveDate)
        archive.write(lastChecked)
        archive.write(confidence)
    }
}

extension HolidayYear: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(year: try archive.read(), provenance: try archive.read(), days: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(year)
        archive.write(provenance)
        archive.write(days)
    }
}

extension Holiday: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(date: try archive.read(), name: try archive.read(), kind: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(date)
        archive.write(name)
        archive.write(kind)
    }
}

extension Country: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        self.init(code: try archive.read(), name: try archive.read())
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(code)
        archive.write(name)
    }
}

extension CalendarDate: PackArchivable {
    init(from archive: inout PackArchiveReader) throws(PackArchiveError) {
        guard let date = CalendarDate(year: try archive.read(), month: try archive.read(), day: try archive.read())
        else { throw PackArchiveError() }
        self = date
    }

    func write(to archive: inout PackArchiveWriter) {
        archive.write(year)
        archive.write(month)
        archive.write(day)
    }
}

extension FieldType: PackArchivable {}
extension FigureKind: PackArchivable {}
extension FigureUnit: PackArchivable {}
extension HolidayKind: PackArchivable {}
extension Filer: PackArchivable {}
extension Confidence: PackArchivable {}
extension RuleKind: PackArchivable {}
extension Severity: PackArchivable {}
extension ValueNormalizer: PackArchivable {}
