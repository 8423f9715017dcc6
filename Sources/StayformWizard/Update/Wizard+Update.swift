import StayformCore

extension Wizard {
    /// The exit status after Ctrl-C, as a shell reports an interrupted program.
    public static let interruptedStatus: Int32 = 130

    /// The next state and the effects to perform after `event`.
    public static func update(_ state: WizardState, _ event: WizardEvent) -> (WizardState, [WizardEffect]) {
        var next = state
        let effects = next.apply(event)
        return (next, effects)
    }

    /// `update` in place, for a run loop that owns the only copy of the state: nothing is
    /// copied (a copy would duplicate the draft's answers on the first write).
    ///
    ///     let effects = Wizard.update(&state, with: .key(.character("A")))
    public static func update(_ state: inout WizardState, with event: WizardEvent) -> [WizardEffect] {
        state.apply(event)
    }
}

extension WizardState {
    /// Applies `event` in place and returns the effects it calls for.
    mutating func apply(_ event: WizardEvent) -> [WizardEffect] {
        switch event {
        case .resized(let newSize):
            size = newSize
            return []
        case .saveFinished(let status):
            saveStatus = status
            // A retry that succeeds while the failed-save box is open: nothing is lost now.
            if case .saved = status, case .failedSave = overlay {
                overlay = nil
                message = words["wizard.message.saved-now"]
            }
            return []
        case .terminationRequested(let exitStatus):
            return [.quit(status: exitStatus, savingFirst: true)]
        case .quitSaveFailed(let reason):
            var lastSaved: String?
            switch (saveStatus, overlay) {
            case (.saved(let time), _): lastSaved = time
            case (_, .failedSave(let earlier)): lastSaved = earlier.lastSaved
            default: lastSaved = nil
            }
            saveStatus = .failed(reason: reason)
            overlay = .failedSave(FailedSave(reason: reason, lastSaved: lastSaved))
            return []
        case .snapshotWritten(let path):
            let saying = words("wizard.message.snapshot-saved", ["path": ""])
            let shortened = path.shortenedInMiddle(toColumns: max(1, size.columns - 1 - saying.terminalColumns))
            message = words("wizard.message.snapshot-saved", ["path": shortened])
            return []
        case .snapshotFailed(let reason):
            message = words("wizard.message.snapshot-failed", ["reason": reason])
            return []
        case .attachmentInspected(let fieldID, let path, let facts):
            return attach(facts, at: path, to: fieldID)
        case .attachmentsRead(let facts):
            receive(facts)
            return []
        case .pathSuggested(let fieldID, let typed, let rest):
            pathSuggestion = (currentField?.id == fieldID && editor.text == typed) ? rest : nil
            return []
        case .themeSwitched(_, let name, let problem):
            message = problem ?? words("wizard.message.theme", ["name": name])
            return []
        case .draftChangedOnDisk(let changed, let attachments, let time):
            follow(changed, attachments: attachments, time: time)
            return []
        case .key(let key):
            message = nil
            let canonical = key.canonical
            if canonical != key { prefersControlKeys = true }
            return press(canonical)
        }
    }

    /// Keys that work everywhere, then the open overlay's keys, then the page's.
    private mutating func press(_ key: Key) -> [WizardEffect] {
        switch key {
        case .function(10), .control("q"):
            var effects = commitEdit()
            effects.append(.quit(status: 0, savingFirst: true))
            return effects
        case .control("c"):
            var effects = commitEdit()
            effects.append(.quit(status: Wizard.interruptedStatus, savingFirst: true))
            return effects
        case .function(4):
            return [.writeSnapshot(HelpdeskSnapshot(self, showingScreen: true, mask: privacyMask))]
        case .function(8):
            return switchLanguage()
        case .function(9):
            return [.switchTheme(language: shownLanguage)]
        case .function(6):
            isMasked.toggle()
            message = words[isMasked ? "wizard.message.numbers-hidden" : "wizard.message.numbers-shown"]
            return []
        default:
            break
        }
        if overlay != nil { return pressInOverlay(key) }
        switch screen {
        case .start(let page): return pressOnStartPage(key, page: page)
        case .stopped: return pressOnStoppedPage(key)
        case .form: return pressOnForm(key)
        case .review(let selected): return pressOnReview(key, selected: selected)
        case .finalCheck(let selected): return pressOnFinalCheck(key, selected: selected)
        case .nextSteps: return pressOnNextSteps(key)
        }
    }
}
