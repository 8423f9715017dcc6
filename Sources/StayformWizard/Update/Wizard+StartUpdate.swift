import StayformCore

extension WizardState {
    /// The choices on the start page, in order.
    public func startChoices(for page: StartPage) -> [String] {
        switch page.step {
        case .resume:
            let place = currentField.map { "\($0.code) \($0.label.resolved(for: language))" }
                ?? currentSection.title.resolved(for: language)
            // A permit that cannot be extended is never "complete": there is nothing to file.
            let state = category.map { !$0.isExtendable } == true
                ? words["wizard.start.not-extendable"]
                : words("wizard.start.complete", ["percent": String(progress.percentComplete)])
            return [
                words("wizard.start.continue", ["place": place, "state": state]),
                words["wizard.start.start-over"],
            ]
        case .category:
            return pack.categories.map { $0.label.resolved(for: language) }
        case .confirmStartOver:
            return [words["wizard.start.keep"], words["wizard.start.clear"]]
        }
    }

    /// Keys on the start page.
    mutating func pressOnStartPage(_ key: Key, page: StartPage) -> [WizardEffect] {
        var page = page
        let count = startChoices(for: page).count
        switch key {
        case .up, .backTab: page.highlighted = max(0, page.highlighted - 1)
        case .down, .tab: page.highlighted = min(count - 1, page.highlighted + 1)
        case .escape where page.step == .confirmStartOver:
            page = StartPage(step: .resume)
        case .enter:
            return choose(page)
        default:
            break
        }
        screen = .start(page)
        return []
    }

    private mutating func choose(_ page: StartPage) -> [WizardEffect] {
        switch (page.step, page.highlighted) {
        case (.resume, 0):
            screen = .form
            if category.map({ !$0.isExtendable }) == true, let category { screen = .stopped(categoryID: category.id) }
            return []
        case (.resume, _):
            guard !isReadOnly else { return refuseEditing() }
            screen = .start(StartPage(step: .confirmStartOver))
            return []
        case (.confirmStartOver, 0):
            screen = .start(StartPage(step: .resume))
            return []
        case (.confirmStartOver, _):
            var fresh = Draft(pack: pack)
            fresh.createdAt = draft.createdAt
            fresh.unknownKeys = draft.unknownKeys
            draft = fresh
            recheckAll()
            _ = focus(FieldFocus(resuming: nil, in: pack))
            screen = pack.categories.isEmpty ? .form : .start(StartPage(step: .category))
            return [.persist(.committed)]
        case (.category, let index):
            guard index < pack.categories.count, let fieldID = pack.categoryFieldID,
                let field = pack.field(id: fieldID)
            else { return [] }
            screen = .form
            var effects = setValue(pack.categories[index].id, of: field, advancing: false)
            if screen == .form { effects += focus(FieldFocus(resuming: nil, in: pack)) }
            return effects
        }
    }

    /// Keys on the page that explains a category that cannot be extended.
    mutating func pressOnStoppedPage(_ key: Key) -> [WizardEffect] {
        switch key {
        case .escape, .enter, .backspace:
            guard let fieldID = pack.categoryFieldID, let field = pack.field(id: fieldID) else { return [] }
            let highlighted = pack.categories.firstIndex { $0.id == draft.values[fieldID] } ?? 0
            screen = .start(StartPage(step: .category, highlighted: highlighted))
            draft.values.removeValue(forKey: field.id)
            recheck([field.id])
            return [.persist(.committed)]
        default:
            return []
        }
    }

    /// Keys on the next-steps page.
    mutating func pressOnNextSteps(_ key: Key) -> [WizardEffect] {
        switch key {
        case .escape:
            screen = .form
        case .enter, .function(3):
            screen = .finalCheck(selected: 0)
        case .function(5):
            screen = .review(selected: 0)
        default:
            break
        }
        return []
    }
}
