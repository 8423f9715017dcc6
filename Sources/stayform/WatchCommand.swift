import ArgumentParser

/// `stayform watch DRAFT`: the wizard on a draft, read-only, following another stayform's
/// saves as they happen (for a helpdesk looking over a user's shoulder). The same as
/// `stayform --draft DRAFT --read-only`.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Follow a draft read-only while another stayform edits it (for a helpdesk).",
        discussion: """
            The screen redraws after each save of the editing stayform; the status bar says \
            "following DRAFT, updated HH:MM:SS". Nothing is written, and moving around here does \
            not move the editor. The same as stayform --draft DRAFT --read-only.
            """)

    @Argument(help: ArgumentHelp("The draft to follow.", valueName: "draft"), completion: CompletionCandidates.drafts)
    var draft: String

    @Option(name: .long, help: ArgumentHelp("The look: a theme from `stayform themes`.", valueName: "name"),
        completion: CompletionCandidates.themeNames)
    var theme: String?

    @OptionGroup var today: TodayOption

    func run() throws {
        var arguments = ["--draft", draft, "--read-only"]
        if let theme { arguments += ["--theme", theme] }
        if let day = today.today { arguments += ["--today", day] }
        let wizard = try Stayform.parse(arguments)
        try wizard.run()
    }
}
