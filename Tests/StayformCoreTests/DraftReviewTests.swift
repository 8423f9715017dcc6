import StayformCore
import Testing
import TestSupport

@Suite struct DraftReviewTests {
    @Test(arguments: [
        (Restatement.matches("A"), "A", false),
        (Restatement.matches("A"), "B", true),
        (Restatement.matches("A"), nil, true),
        (Restatement.differs("X"), "A", false),
        (Restatement.differs("X"), nil, false),
    ] as [(Restatement, String?, Bool)])
    func aConfirmationHoldsOnlyForTheValueItWasMadeAgainst(
        restatement: Restatement, current: String?, needsReconfirmation: Bool
    ) {
        #expect(restatement.needsReconfirmation(currentValue: current) == needsReconfirmation)
    }

    @Test func changingAFactListsTheConfirmationsToRedo() {
        var draft = DraftsFixtures.filledDraft()
        #expect(draft.confirmationsToRedo.isEmpty)
        draft.restatements["permit", default: [:]]["applicant.full-name"] = .matches("Ana Lima")
        draft.values["applicant.full-name"] = "Ana Maria Lima"
        #expect(
            draft.confirmationsToRedo == [
                DocumentFact(document: "passport", field: "applicant.full-name"),
                DocumentFact(document: "permit", field: "applicant.full-name"),
            ])
    }

    @Test func aReviewIsVoidOnceTheValueChanges() {
        var draft = DraftsFixtures.filledDraft()
        let field = "applicant.full-name"
        #expect(!draft.isReviewed(field))
        draft.markReviewed(field)
        #expect(draft.isReviewed(field))
        draft.values[field] = "Someone Else"
        #expect(!draft.isReviewed(field))
    }

    @Test func reviewingClearsTheReReviewFlag() {
        var draft = DraftsFixtures.filledDraft()
        let field = "applicant.birth-date"
        #expect(draft.isReviewed(field))
        draft.fieldsToReview.insert(field)
        #expect(!draft.isReviewed(field))
        draft.markReviewed(field)
        #expect(draft.isReviewed(field) && !draft.fieldsToReview.contains(field))
    }
}
