extension Draft {
    /// Records that the user reviewed `fieldID` with its current value, and clears any
    /// re-review flag a migration set on it.
    public mutating func markReviewed(_ fieldID: String) {
        reviewMarks[fieldID] = values[fieldID] ?? ""
        fieldsToReview.remove(fieldID)
    }

    /// Whether `fieldID` was reviewed with the value it has now and is not flagged for re-review.
    public func isReviewed(_ fieldID: String) -> Bool {
        guard let reviewed = reviewMarks[fieldID], !fieldsToReview.contains(fieldID) else { return false }
        return reviewed == (values[fieldID] ?? "")
    }

    /// The confirmations made void by a later change of the fact, sorted by document then field.
    public var confirmationsToRedo: [DocumentFact] {
        var result: [DocumentFact] = []
        for (document, facts) in restatements {
            for (field, restatement) in facts where restatement.needsReconfirmation(currentValue: values[field]) {
                result.append(DocumentFact(document: document, field: field))
            }
        }
        return result.sorted()
    }
}

/// One fact (by field id) as stated on one document (by document id).
public struct DocumentFact: Hashable, Sendable, Comparable {
    public var document: String
    public var field: String

    public init(document: String, field: String) {
        self.document = document
        self.field = field
    }

    public static func < (lhs: DocumentFact, rhs: DocumentFact) -> Bool {
        (lhs.document, lhs.field) < (rhs.document, rhs.field)
    }
}
