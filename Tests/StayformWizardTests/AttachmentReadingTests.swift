import StayformCore
import StayformWizard
import Testing
import TestSupport

/// The draft's attached files are read after the first paint: until then they are shown as
/// being read, and the verdict waits for them.
@Suite struct AttachmentReadingTests {
    private func opened(with facts: [String: AttachmentFacts]) -> WizardState {
        WizardState(
            pack: CrossCheckFixtures.pack, draft: CrossCheckFixtures.cleanDraft, size: TerminalSize(columns: 80, rows: 24),
            today: CrossCheckFixtures.today, attachmentFacts: facts)
    }

    private var beingRead: [String: AttachmentFacts] {
        CrossCheckFixtures.files.mapValues { _ in .beingRead }
    }

    @Test func openingAsksToReadTheFilesBeingRead() {
        #expect(Wizard.openingEffects(opened(with: beingRead)) == [
            .readAttachments(paths: ["passport.pdf", "permit.pdf", "photo.png"], language: .english)
        ])
        #expect(Wizard.openingEffects(opened(with: CrossCheckFixtures.files)).isEmpty)
    }

    @Test func untilTheyAreReadNothingIsReadyAndTheScreenSaysWhy() {
        let state = opened(with: beingRead)
        #expect(state.summary.blocking == 3)
        let (read, effects) = Wizard.update(state, .attachmentsRead(CrossCheckFixtures.files))
        #expect(effects.isEmpty)
        #expect(read.summary.bySection == opened(with: CrossCheckFixtures.files).summary.bySection)
        #expect(read.summary.blocking == 0)
    }

    @Test func aFileAttachedAgainMeanwhileKeepsItsNewerReading() {
        var state = opened(with: beingRead)
        let newer = AttachmentFacts.unreadable("no such file")
        (state, _) = Wizard.update(state, .attachmentInspected(fieldID: "doc.photo", path: "photo.png", facts: newer))
        (state, _) = Wizard.update(state, .attachmentsRead(CrossCheckFixtures.files))
        #expect(state.attachmentFacts["photo.png"] == newer)
        #expect(state.attachmentFacts["passport.pdf"] == CrossCheckFixtures.files["passport.pdf"])
    }
}
