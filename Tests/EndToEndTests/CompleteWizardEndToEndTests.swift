import Foundation
import Testing

/// The whole wizard as a new user meets it, with the keyboard only.
@Suite(.serialized) struct CompleteWizardEndToEndTests {
    static let files = Repository.examples.appendingPathComponent("files")

    /// How an answer is given.
    enum Answer {
        case text(String)
        case choice(search: String)
        case yes, no
    }

    /// Every answer an e-VOA extension needs, by field code, as a person would give them.
    static let evoaAnswers: [(String, Answer)] = [
        ("1.1", .text("MÜLLER Hans")), ("1.2", .choice(search: "m")), ("1.3", .text("14 Jul 1985")),
        ("1.4", .text("Hamburg")), ("1.5", .choice(search: "germany")), ("1.6", .text("+49 151 23456789")),
        ("1.7", .text("hans.mueller@example.org")), ("1.8", .text("hans.mueller@example.org")),
        ("2.2", .text("C4JN12K57")), ("2.3", .choice(search: "germany")), ("2.4", .text("Hamburg")),
        ("2.5", .text("2021-03-10")), ("2.6", .text("2031-03-09")),
        ("3.3", .text("B1A2C3D4E5")), ("3.4", .text("C4JN12K57")), ("3.5", .text("2026-11-01")),
        ("3.6", .text("2026-10-28")), ("3.7", .text("30 Nov 2026")), ("3.8", .choice(search: "none")),
        ("4.1", .choice(search: "hotel")), ("4.2", .text("Jalan Raya Ubud 12")), ("4.3", .text("Ubud")),
        ("4.4", .text("Ubud")), ("4.5", .text("Gianyar")), ("4.6", .text("Bali")), ("4.7", .text("80571")),
        ("4.8", .text("Kantor Imigrasi Denpasar")),
        ("6.1", .text("30")), ("6.2", .choice(search: "tourism")), ("6.3", .text("Holiday in Bali")),
        ("6.6", .no),
        ("7.1", .text(files.appendingPathComponent("passport.pdf").path)),
        ("7.2", .text(files.appendingPathComponent("evoa.pdf").path)),
        ("7.3", .text(files.appendingPathComponent("photo.png").path)),
        ("7.11", .text(files.appendingPathComponent("return-ticket.pdf").path)),
        ("8.1", .yes), ("8.2", .text("MÜLLER Hans")), ("8.3", .text("2026-11-21")),
        ("9.1", .yes),
    ]

    private func give(_ answer: Answer, at code: String, in session: TmuxSession) throws {
        try session.press("F2")
        try session.type(code)
        try session.press("Enter")
        switch answer {
        case .text(let text): try session.type(text)
        case .choice(let search):
            try session.type(search)
            try session.press("Enter")
        case .yes: try session.type("y")
        case .no: try session.type("n")
        }
    }

    @Test func anEvoaExtensionFromAnEmptyDraftToReadyToFile() throws {
        let session = try TmuxSession(arguments: ["--today", "2026-11-21"])
        try session.startNewDraft()  // the first category is the e-VOA
        for (code, answer) in Self.evoaAnswers {
            try give(answer, at: code, in: session)
        }
        try session.waitForScreen(timeout: .seconds(90)) { $0.contains("9.1 ") && $0.contains("(•) yes") }
        try session.press("F3")
        try session.waitFor("Ready to file")
        try session.type("n")
        try session.waitFor("Next steps")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: session.defaultDraft)) as? [String: Any])
        let values = try #require(json["values"] as? [String: String])
        #expect(values["applicant.birth-date"] == "1985-07-14")
        #expect(values["permit.expiry-date"] == "2026-11-30")
        #expect(values["applicant.nationality"] == "DEU")
        let attachments = try #require(json["attachments"] as? [String: Any])
        #expect(attachments["photo"] != nil)
    }

    /// An ITAS of the spouse of an Indonesian citizen (E31), extended by the sponsor from the
    /// sponsor's account: the questions speak to the sponsor, the sponsor's e-mail (where the
    /// payment notice goes) is required, the spouse documents are asked for.
    static let itasSpouseAnswers: [(String, Answer)] = [
        ("1.1", .text("MÜLLER Hans")), ("1.2", .choice(search: "m")), ("1.3", .text("14 Jul 1985")),
        ("1.4", .text("Hamburg")), ("1.5", .choice(search: "germany")), ("1.6", .text("+49 151 23456789")),
        ("1.7", .text("hans.mueller@example.org")), ("1.8", .text("hans.mueller@example.org")),
        ("2.2", .text("C4JN12K57")), ("2.3", .choice(search: "germany")), ("2.4", .text("Hamburg")),
        ("2.5", .text("2021-03-10")), ("2.6", .text("2031-03-09")),
        ("3.3", .text("2C11AB1234567")), ("3.4", .text("C4JN12K57")), ("3.5", .text("2025-11-20")),
        ("3.6", .text("2025-11-20")), ("3.7", .text("30 Nov 2026")), ("3.8", .choice(search: "none")),
        ("3.9", .choice(search: "indonesian")),
        ("4.1", .choice(search: "family")), ("4.2", .text("Jalan Hanoman 5")), ("4.3", .text("Ubud")),
        ("4.4", .text("Ubud")), ("4.5", .text("Gianyar")), ("4.6", .text("Bali")), ("4.7", .text("80571")),
        ("4.8", .text("Kantor Imigrasi Denpasar")),
        ("5.1", .choice(search: "individual")), ("5.2", .text("I Wayan SUDARSANA")),
        ("5.3", .text("5171031508850002")), ("5.4", .text("1985-08-15")), ("5.5", .choice(search: "m")),
        ("5.6", .choice(search: "spouse")), ("5.11", .text("Jalan Hanoman 5, Ubud")),
        ("5.12", .text("+62 812 3456 7890")), ("5.13", .text("wayan@example.org")),
        ("6.9", .choice(search: "1 year")), ("6.2", .choice(search: "family")),
        ("6.3", .text("Living with my spouse in Ubud")), ("6.6", .no),
        ("7.1", .text(files.appendingPathComponent("passport.pdf").path)),
        ("7.2", .text(files.appendingPathComponent("e-visa.pdf").path)),
        ("7.3", .text(files.appendingPathComponent("photo.png").path)),
        ("7.4", .text(files.appendingPathComponent("guarantee-letter.pdf").path)),
        ("7.5", .text(files.appendingPathComponent("application-letter.pdf").path)),
        ("7.6", .text(files.appendingPathComponent("sponsor-ktp.pdf").path)),
        ("7.13", .text(files.appendingPathComponent("marriage-certificate.pdf").path)),
        ("7.14", .text(files.appendingPathComponent("family-card.pdf").path)),
        ("8.1", .yes), ("8.2", .text("MÜLLER Hans")), ("8.3", .text("2026-11-21")),
        ("9.1", .yes),
    ]

    @Test func anITASSpouseExtensionFiledByTheSponsorFromAnEmptyDraftToReadyToFile() throws {
        let session = try TmuxSession(arguments: ["--today", "2026-11-21"])
        try session.waitFor("Which permit do you hold now?")
        try session.press("Down")
        try session.press("Down")
        try session.waitFor("▸ ITAS / KITAS")
        try session.press("Enter")
        try session.waitFor("1.1 Applicant's full name as on the passport")
        for (code, answer) in Self.itasSpouseAnswers {
            try give(answer, at: code, in: session)
        }
        // Some sixty answers, long file paths among them, are typed ahead: on a loaded machine
        // the wizard needs a while to catch up before the last one (9.1 yes) shows.
        try session.waitForScreen(timeout: .seconds(90)) { $0.contains("9.1 ") && $0.contains("(•) yes") }
        // Spoken to the sponsor, about the applicant.
        try session.press("F2")
        try session.type("5.6")
        try session.press("Enter")
        try session.waitFor("5.6 You are the applicant's")
        try session.press("F3")
        try session.waitFor("Ready to file")
        try session.type("n")
        try session.waitFor("Next steps")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: session.defaultDraft)) as? [String: Any])
        let values = try #require(json["values"] as? [String: String])
        #expect(values["permit.category"] == "itas")
        #expect(values["permit.itas-type"] == "family-indonesian")
        #expect(values["request.itas-period"] == "one-year")
        #expect(values["sponsor.email"] == "wayan@example.org")
        let attachments = try #require(json["attachments"] as? [String: Any])
        #expect(attachments["marriage-certificate"] != nil && attachments["family-card"] != nil)
    }

    /// The number after ✗ in the status bar.
    private func blockingCount(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"✗ (\d+) !"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst(2).prefix { $0.isNumber })
    }

    @Test func aSponsorLetterNameThatDiffersIsAFindingWhileTypingAndGoesWhenCorrected() throws {
        let (work, draft) = try Repository.copyOfExample("sponsor-name-mismatch.json")
        let session = try TmuxSession(arguments: ["--today", "2026-11-21", "--draft", draft.path], workDirectory: work)
        try session.resumeDraft()
        try session.press("F2")
        try session.type("7.4")
        try session.press("Enter", "Enter")
        try session.waitFor("What does the Sponsor's guarantee letter say?")
        // The first fact the letter restates is the applicant's name.
        try session.waitFor("▸[✓] Applicant's full name")
        let before = try #require(blockingCount(try session.screen()))
        try session.type("MILLER HANS")
        let during = try session.waitForScreen { blockingCount($0) == before + 1 }
        #expect(blockingCount(during) == before + 1)
        for _ in 0..<10 { try session.press("BSpace") }
        try session.type("UELLER HANS")
        try session.waitForScreen { blockingCount($0) == before }
        try session.press("Enter", "Escape", "F10")
        #expect(session.waitForExit() == 0)
    }

    @Test func theFinalCheckListsAMismatchAndEnterJumpsToItsField() throws {
        let (work, draft) = try Repository.copyOfExample("sponsor-name-mismatch.json")
        let session = try TmuxSession(arguments: ["--today", "2026-11-21", "--draft", draft.path], workDirectory: work)
        try session.resumeDraft()
        try session.press("F3")
        try session.waitFor("different names")
        for _ in 0..<30 {
            let selected = try session.screen().split(separator: "\n").first { $0.contains("▸") && !$0.contains("▸✓") && !$0.contains("▸·") }
            if selected?.contains("different names") == true { break }
            try session.press("Down")
        }
        try session.press("Enter")
        try session.waitFor("What to do:")
        try session.press("Enter")
        try session.waitFor("›5.2")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
    }

    @Test func reviewShowsTheEvidenceForEachStatement() throws {
        let (work, draft) = try Repository.copyOfExample("clean-evoa.json")
        let session = try TmuxSession(arguments: ["--today", "2026-11-21", "--draft", draft.path], workDirectory: work)
        try session.resumeDraft()
        try session.press("F5")
        try session.waitFor("Review: what in your package proves each answer?")
        let screen = try session.waitFor("proof: Passport")
        #expect(screen.contains("1.1 Full name as on the passport: MÜLLER Hans"))
        try session.press("Space")
        try session.waitFor("[✓] 1.1")
        try session.press("F10")
        #expect(session.waitForExit() == 0)
    }
}
