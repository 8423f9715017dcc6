/// One run of one rule over a draft: the inputs, helpers to read them, and the findings made.
struct RuleEvaluation {
    let context: CrossCheckContext
    let rule: CheckRule
    let draft: Draft
    let today: CalendarDate
    let attachments: [String: AttachmentFacts]
    private(set) var findings: [Finding] = []

    init(
        context: CrossCheckContext, rule: CheckRule, draft: Draft, today: CalendarDate,
        attachments: [String: AttachmentFacts]
    ) {
        self.context = context
        self.rule = rule
        self.draft = draft
        self.today = today
        self.attachments = attachments
    }

    var lookup: PackLookup { context.lookup }

    /// The words the details are written in.
    var words: Words { context.words }

    /// Runs the rule's kind for `subject` (a field or document id, or the whole draft).
    mutating func run(subject: String?) {
        switch rule.kind {
        case .sameValue: checkSameValue()
        case .daysToExpiry: checkDaysToExpiry()
        case .filingWindow: checkFilingWindow()
        case .expiredPermit: checkExpiredPermit()
        case .stayEnd: checkStayEnd()
        case .passportValidity: checkPassportValidity()
        case .extensionCap: checkExtensionCap()
        case .requiredFields: if let subject { checkRequiredField(subject) }
        case .requiredDocuments: checkRequiredDocuments()
        case .attachmentExists: if let subject { checkAttachmentsExist(document: subject) }
        case .attachmentSize: if let subject { checkAttachmentSizes(document: subject) }
        case .attachmentType: if let subject { checkAttachmentTypes(document: subject) }
        case .attachmentDigest: if let subject { checkAttachmentDigests(document: subject) }
        case .photoPixels: checkPhotoPixels()
        case .mrz: checkMRZ()
        case .nik: checkNIK()
        case .emailConfirmation: checkEmailConfirmation()
        case .phoneFormat: checkPhoneFormat()
        case .validAnswers: if let subject { checkAnswer(subject) }
        case .valueRange: checkValueRange()
        case .extendableCategory: checkCategoryExtendable()
        }
    }

    // MARK: Reading the draft and the pack

    /// The answer of `fieldID`, trimmed; `nil` when blank.
    func answer(_ fieldID: String) -> String? {
        guard let value = draft.values[fieldID] else { return nil }
        let trimmed = value.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The field a parameter names.
    func field(parameter name: String) -> FormField? {
        rule.parameters[name]?.name.flatMap { lookup.fields[$0] }
    }

    /// Whether `field` is asked given the draft (`FormPack.isAsked`), its section found by index.
    func isAsked(_ field: FormField) -> Bool {
        guard let index = lookup.sectionIndices[field.id] else { return false }
        return context.pack.isAsked(field, of: context.pack.sections[index], in: draft)
    }

    /// Whether `field` must be answered given the draft (`FormPack.needsAnswer`), its section
    /// found by index.
    func needsAnswer(_ field: FormField) -> Bool {
        guard let index = lookup.sectionIndices[field.id] else { return false }
        return context.pack.needsAnswer(field, of: context.pack.sections[index], in: draft)
    }

    /// The answer of the field a parameter names.
    func answer(parameter name: String) -> String? {
        rule.parameters[name]?.name.flatMap { answer($0) }
    }

    /// The ISO date answered in the field a parameter names.
    func date(parameter name: String) -> CalendarDate? {
        answer(parameter: name).flatMap { CalendarDate(iso8601: $0) }
    }

    /// The figure a parameter names.
    func figure(parameter name: String) -> Figure? {
        rule.parameters[name]?.name.flatMap { lookup.figures[$0] }
    }

    /// The place of a field, by id.
    func place(field id: String) -> FindingPlace {
        context.fieldPlaces[id] ?? .field(id: id, code: id)
    }

    /// The place of a document, by id.
    func place(document id: String) -> FindingPlace {
        context.documentPlaces[id] ?? .document(id: id, label: id)
    }

    /// The rule's severity; not blocking when the decision rests on a figure the pack has not
    /// confirmed (an unverified limit can warn but never block).
    func severity(decidedBy figures: [Figure] = []) -> FindingSeverity {
        let base = FindingSeverity(rule.severity)
        guard base == .blocking, figures.contains(where: { $0.provenance.confidence != .confirmed }) else {
            return base
        }
        return .warning
    }

    // MARK: Reporting

    /// Adds a finding with id `<rule id>.<subject>` and, unless `withAdvice` is false (a
    /// status note such as the days left), advice: `advice` when given, else the rule's
    /// message.
    mutating func report(
        _ subject: String, severity: FindingSeverity, places: [FindingPlace], expected: String? = nil,
        found: String? = nil, detail: String, figures: [Figure] = [], withAdvice: Bool = true,
        advice: String? = nil
    ) {
        findings.append(Finding(
            id: "\(rule.id).\(subject)", ruleID: rule.id, severity: severity, places: places,
            expected: expected, found: found, detail: detail,
            advice: withAdvice ? advice ?? rule.message.resolved(for: context.language) : "",
            figures: figures.map { context.citations[$0.id] ?? FigureCitation($0, words: words) }))
    }

    /// The advice of a comparison that found the same value written another accepted way:
    /// the rule's message (what to fix) does not apply to it.
    var noteAdvice: String { words["finding.note-advice"] }
}
