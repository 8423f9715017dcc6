/// Which page the wizard shows.
public enum WizardScreen: Hashable, Sendable {
    /// The first page: resume a draft, or choose the permit category of a new one.
    case start(StartPage)
    /// The chosen category cannot be extended: why, and what to do instead.
    case stopped(categoryID: String)
    /// The form's sections, one page each.
    case form
    /// Every answer with the document that proves it (F5).
    case review(selected: Int)
    /// What to do after filing, from the pack.
    case nextSteps
}

/// The start page's state.
public struct StartPage: Hashable, Sendable {
    /// What the page asks.
    public enum Step: Hashable, Sendable {
        /// An existing draft: continue it, or start over.
        case resume
        /// Which permit the applicant holds now.
        case category
        /// Confirm clearing every answer.
        case confirmStartOver
    }

    public var step: Step
    /// The highlighted choice.
    public var highlighted: Int

    public init(step: Step, highlighted: Int = 0) {
        self.step = step
        self.highlighted = highlighted
    }
}
