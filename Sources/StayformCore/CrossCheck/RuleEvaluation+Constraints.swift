extension RuleEvaluation {
    /// The answer of `fieldID`, if the field is asked and answered, can be right: what its type
    /// implies and what the pack's constraints say. Every problem is one finding; the answer
    /// stays in the draft as typed.
    mutating func checkAnswer(_ fieldID: String) {
        guard let field = lookup.fields[fieldID], let value = answer(fieldID),
            isAsked(field)
        else { return }
        var problems = problemsOfType(field, value)
        let constraints = field.constraints
        if let maxLength = field.maxLength, value.count > maxLength {
            problems.append(words("finding.answer.too-long", ["count": String(value.count), "max": String(maxLength)]))
        }
        if let minLength = constraints.minLength, value.count < minLength {
            problems.append(words.counted("finding.answer.too-short", value.count, ["min": String(minLength)]))
        }
        var expected: String?
        if let pattern = constraints.pattern, !Self.matches(value, pattern: pattern) {
            let format = constraints.format?.resolved(for: context.language)
            expected = format
            problems.append(format.map { words("finding.answer.form-named", ["format": $0]) }
                ?? words["finding.answer.form"])
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
                return [words("finding.answer.not-a-date", ["value": value])]
            case .ambiguous(let dayFirst, let monthFirst):
                return [words("finding.answer.ambiguous-date", [
                    "value": value, "first": words.date(dayFirst, style: .abbreviated),
                    "second": words.date(monthFirst, style: .abbreviated),
                    "first-iso": dayFirst.iso8601, "second-iso": monthFirst.iso8601,
                ])]
            case .date(let date):
                var problems: [String] = []
                let shown = words.date(date, style: .abbreviated)
                if let latest = constraints.latest?.day(today: today), date > latest {
                    problems.append(constraints.latest == .today
                        ? words("finding.answer.future", ["date": shown])
                        : words("finding.answer.after", ["date": shown, "limit": words.date(latest, style: .abbreviated)]))
                }
                if let earliest = constraints.earliest?.day(today: today), date < earliest {
                    problems.append(constraints.earliest == .today
                        ? words("finding.answer.past", ["date": shown])
                        : words("finding.answer.before", ["date": shown, "limit": words.date(earliest, style: .abbreviated)]))
                }
                return problems
            }
        case .email:
            guard case .invalid(let problems) = EmailAddress.read(value) else { return [] }
            return problems.map(describe)
        case .duration, .money:
            guard let number = Self.wholeNumber(value, allowingSeparators: field.type == .money) else {
                return [field.type == .duration
                    ? words("finding.answer.not-days", ["value": value])
                    : words("finding.answer.not-amount", ["value": value])]
            }
            var problems: [String] = []
            if let minimum = constraints.minimum, number < minimum {
                problems.append(words("finding.answer.less", ["number": String(number), "limit": String(minimum)]))
            }
            if let maximum = constraints.maximum, number > maximum {
                problems.append(words("finding.answer.more", ["number": String(number), "limit": String(maximum)]))
            }
            return problems
        case .singleChoice, .country, .sex:
            let options = field.choiceOptions(in: context.pack)
            guard !options.isEmpty, !options.contains(where: { $0.value == value }) else { return [] }
            return [words("finding.answer.not-an-option", ["value": value])]
        case .multipleChoice:
            let options = Set(field.choiceOptions(in: context.pack).map(\.value))
            let unknown = value.split(separator: ",").map(String.init).filter { !options.contains($0) }
            guard !unknown.isEmpty else { return [] }
            return [words("finding.answer.not-options", ["values": unknown.map { "\"\($0)\"" }.joined(separator: ", ")])]
        case .yesNo:
            return value == "yes" || value == "no" ? [] : [words("finding.answer.not-yes-no", ["value": value])]
        default:
            return []
        }
    }

    /// A number answer is within the range the rule's figures give (its category's limits).
    mutating func checkValueRange() {
        guard let fieldID = rule.parameters["field"]?.name, let value = answer(fieldID),
            let field = lookup.fields[fieldID], isAsked(field),
            let number = Self.wholeNumber(value, allowingSeparators: field.type == .money)
        else { return }
        let unit = field.type == .duration ? " days" : ""
        let isDays = field.type == .duration
        func amount(_ number: Int) -> String {
            isDays ? words.counted("finding.range.days", number) : String(number)
        }
        if let maximum = figure(parameter: "max"), let limit = maximum.amount, number > limit {
            report(
                fieldID, severity: severity(decidedBy: [maximum]), places: [place(field: fieldID)],
                expected: "at most \(limit)\(unit)", found: value,
                detail: words("finding.range.more", [
                    "number": amount(number), "figure": maximum.label.resolved(for: context.language), "limit": amount(limit),
                ]),
                figures: [maximum])
        }
        if let minimum = figure(parameter: "min"), let limit = minimum.amount, number < limit {
            report(
                fieldID, severity: severity(decidedBy: [minimum]), places: [place(field: fieldID)],
                expected: "at least \(limit)\(unit)", found: value,
                detail: words("finding.range.less", [
                    "number": amount(number), "figure": minimum.label.resolved(for: context.language), "limit": amount(limit),
                ]),
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
            detail: words("finding.category.not-extendable", ["category": label]),
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

    private func describe(_ problem: EmailAddressProblem) -> String {
        switch problem {
        case .empty: words["finding.email.empty"]
        case .needsExactlyOneAt(let found): words("finding.email.at-signs", ["count": String(found)])
        case .emptyLocalPart: words["finding.email.no-local-part"]
        case .emptyDomain: words["finding.email.no-domain"]
        case .domainWithoutDot: words["finding.email.no-dot"]
        case .containsSpace: words["finding.email.space"]
        case .invalidCharacters(let characters): words("finding.email.characters", ["characters": String(characters)])
        case .misplacedDot: words["finding.email.dot"]
        case .misplacedHyphen: words["finding.email.hyphen"]
        case .invalidTopLevelDomain: words["finding.email.ending"]
        case .tooLong: words["finding.email.too-long"]
        }
    }
}
