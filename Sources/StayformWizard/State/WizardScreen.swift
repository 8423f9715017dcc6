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
    /// Every blocker, warning and note, grouped by section, each leading to its field (F3);
    /// "ready to file" when nothing blocks.
    case finalCheck(selected: Int)
    /// What to do after filing, from the pack.
    case nextSteps

    /// Whether the page shows the sidebar of sections.
    var showsSidebar: Bool {
        switch self {
        case .form, .review, .finalCheck: return true
        case .start, .stopped, .nextSteps: return false
        }
    }
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
