import StayformCore

extension WizardState {
    /// Switches between English and Bahasa Indonesia (F8), keeping everything else as it is:
    /// the text being typed and its cursor, what Esc would restore, the open box, the page and
    /// the focus. The engine is rebuilt in the new language, since its details and advice are
    /// written in it, and every finding is worked out again. The choice goes into the draft,
    /// which is saved, so that the draft opens in it next time.
    ///
    ///     wizard.press(.function(8))
    ///     wizard.state.language          // "id"
    ///     wizard.state.draft.language    // .indonesian
    mutating func switchLanguage() -> [WizardEffect] {
        let next = shownLanguage.other
        language = next.code
        engine = CrossCheckEngine(pack: pack, language: language)
        recheckAll()
        draft.language = next
        // The key to press again is named as the user pressed it: F8, or Ctrl-O where F-keys
        // do not arrive.
        let binding = KeyBinding.all.first { $0.functionKey == 8 }
        let key = (prefersControlKeys ? binding?.controlName : binding?.functionKeyName) ?? "F8"
        message = words("wizard.language.switched", ["key": key])
        return isReadOnly ? [] : [.persist(.committed)]
    }
}
