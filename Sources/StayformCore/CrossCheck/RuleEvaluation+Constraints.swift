extension RuleEvaluation {
    /// The answer of `fieldID`, if the field is asked and answered, can be right: what its type
    /// implies and what the pack's constraints say. Every problem is one finding; the answer
    /// stays in the draft as typed.
    mutating func checkAnswer(_ fieldID: String) {
        guard let field = lookup.fields[fieldID], let value = answer(fieldID),
            context.pack.isAsked(field, in: draft)
        else { return }
        var problems = problemsOfType(field, value)
        let constraints = field.constraints
        if let maxLength = field.maxLength, value.count > maxLength {
            problems.append("\(value.count) characters; at most \(maxLength) fit")
        }
        if let minLength = constraints.minLength, value.count < minLength {
            problems.append("\(value.count) character\(value.count == 1 ? "" : "s"); at least \(minLength) are needed")
        }
        var expected: String?
        if let pattern = constraints.pattern, !Self.matches(value, pattern: pattern) {
            let format = constraints.format?.resolved(for: context.language)
            expected = format
            problems.append("not in the expected form" + (format.map { ": \($0)" } ?? ""))
        }
        guard !problems.isEmpty else { return }
        report(
            fieldID, severity: severity(), places: [place(field: fieldID)], expected: expected, found: value,
            detail: problems.joined(separator: "; "))
    }

    /// What the field's type says about `value`.
    private func problemsOfType(_ field: FormField, _ value: String) -> [String] {
        let constraints = field.constraints
        switch field.type {
        case .date:
            switch DateInput.parse(value) {
            case .invalid:
                return ["\"\(value)\" is not a date stayform can read; type it as 2026-03-05 or 5 Mar 2026"]
            case .ambiguous(let dayFirst, let monthFirst):
                return ["\"\(value)\" could be \(dayFirst.displayString) or \(monthFirst.displayString); "
                    + "type the one you mean as \(dayFirst.iso8601) or \(monthFirst.iso8601)"]
            case .date(let date):
                var problems: [String] = []
                if let latest = constraints.latest?.day(today: today), date > latest {
                    problems.append(constraints.latest == .today
                        ? "\(date.displayString) is in the future" : "\(date.displayString) is after \(latest.displayString)")
                }
                if let earliest = constraints.earliest?.day(today: today), date < earliest {
                    problems.append(constraints.earliest == .today
                        ? "\(date.displayString) is in the past" : "\(date.displayString) is before \(earliest.displayString)")
                }
                return problems
            }
        case .email:
            guard case .invalid(let problems) = EmailAddress.read(value) else { return [] }
            return problems.map(Self.describe)
        case .duration, .money:
            guard let number = Self.wholeNumber(value, allowingSeparators: field.type == .money) else {
                return [field.type == .duration
                    ? "\"\(value)\" is not a number of days; type the days as digits, such as 30"
                    : "\"\(value)\" is not an amount; type digits only, such as 1500000"]
            }
            var problems: [String] = []
            if let minimum = constraints.minimum, number < minimum { problems.append("\(number) is less than \(minimum)") }
            if let maximum = constraints.maximum, number > maximum { problems.append("\(number) is more than \(maximum)") }
            return problems
        case .singleChoice, .country, .sex:
            let options = field.choiceOptions(in: context.pack)
            guard !options.isEmpty, !options.contains(where: { $0.value == value }) else { return [] }
            return ["\"\(value)\" is not one of the options; choose one from the list"]
        case .multipleChoice:
            let options = Set(field.choiceOptions(in: context.pack).map(\.value))
            let unknown = value.split(separator: ",").map(String.init).filter { !options.contains($0) }
            guard !unknown.isEmpty else { return [] }
            return ["\(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) not among the options; choose from the list"]
        case .yesNo:
            return value == "yes" || value == "no" ? [] : ["\"\(value)\" is neither yes nor no"]
        default:
            return []
        }
    }

    /// A number answer is within the range the rule's figures give (its category's limits).
    mutating func checkValueRange() {
        guard let fieldID = rule.parameters["field"]?.name, let value = answer(fieldID),
            let field = lookup.fields[fieldID], context.pack.isAsked(field, in: draft),
            let number = Self.wholeNumber(value, allowingSeparators: field.type == .money)
        else { return }
        let unit = field.type == .duration ? " days" : ""
        if let maximum = figure(parameter: "max"), let limit = maximum.amount, number > limit {
            report(
                fieldID, severity: severity(decidedBy: [maximum]), places: [place(field: fieldID)],
                expected: "at most \(limit)\(unit)", found: value,
                detail: "\(number)\(unit) is more than \(maximum.label.resolved(for: context.language)): \(limit)\(unit)",
                figures: [maximum])
        }
        if let minimum = figure(parameter: "min"), let limit = minimum.amount, number < limit {
            report(
                fieldID, severity: severity(decidedBy: [minimum]), places: [place(field: fieldID)],
                expected: "at least \(limit)\(unit)", found: value,
                detail: "\(number)\(unit) is less than \(minimum.label.resolved(for: context.language)): \(limit)\(unit)",
                figures: [minimum])
        }
    }

    /// The chosen permit category can be extended; if not, the pack's explanation says what
    /// to do instead.
    mutating func checkCategoryExtendable() {
        guard let fieldID = context.pack.categoryFieldID,
            let category = context.pack.selectedCategory(given: draft.values), !category.isExtendable
        else { return }
        let explanation = category.stopText.flatMap { context.pack.texts[$0] }?.resolved(for: context.language)
        let label = category.label.resolved(for: context.language)
        report(
            category.id, severity: severity(), places: [place(field: fieldID)], found: label,
            detail: "\(label) cannot be extended",
            figures: category.figureIDs.compactMap { lookup.figures[$0] },
            advice: [rule.message.resolved(for: context.language), explanation ?? ""].filter { !$0.isEmpty }
                .joined(separator: " "))
    }

    /// `text` as a whole number: digits, and for amounts `.`, `,` or spaces between groups.
    static func wholeNumber(_ text: String, allowingSeparators: Bool) -> Int? {
        let digits = allowingSeparators ? text.filter { !".,  ".contains($0) } : text
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    /// Whether the whole of `value` matches `pattern` (checked when the pack is loaded).
    private static func matches(_ value: String, pattern: String) -> Bool {
        guard let regex = try? Regex(pattern) else { return true }
        return (try? regex.wholeMatch(in: value)) != nil
    }

    private static func describe(_ problem: EmailAddressProblem) -> String {
        switch problem {
        case .empty: "the address is empty"
        case .needsExactlyOneAt(let found): "an address has one @, found \(found)"
        case .emptyLocalPart: "nothing before the @"
        case .emptyDomain: "nothing after the @"
        case .domainWithoutDot: "the domain has no ending such as .com or .co.id"
        case .containsSpace: "spaces inside the address"
        case .invalidCharacters(let characters): "characters not allowed in an address: \(String(characters))"
        case .misplacedDot: "a dot at the start or end, or two dots together"
        case .misplacedHyphen: "a part of the domain starts or ends with -"
        case .invalidTopLevelDomain: "the domain's ending is not at least two letters"
        case .tooLong: "longer than an address may be"
        }
    }
}
