import ArgumentParser

/// `stayform watch DRAFT`: the wizard on a draft, read-only, following another stayform's
/// saves as they happen (for a helpdesk looking over a user's shoulder). The same as
/// `stayform --draft DRAFT --read-only`.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: LanguageChoice.words["help.watch.abstract"],
        discussion: LanguageChoice.words["help.watch.discussion"])

    @Argument(help: ArgumentHelp(LanguageChoice.words["help.watch.draft"], valueName: "draft"),
        completion: CompletionCandidates.drafts)
    var draft: String

    @Option(name: .long, help: ArgumentHelp(LanguageChoice.words["help.watch.theme"], valueName: "name"),
        completion: CompletionCandidates.themeNames)
    var theme: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        var arguments = ["--draft", draft, "--read-only"]
        if let theme { arguments += ["--theme", theme] }
        if let day = today.today { arguments += ["--today", day] }
        if let lang = language.lang { arguments += ["--lang", lang] }
        let wizard = try Stayform.parse(arguments)
        try wizard.run()
    }
}
