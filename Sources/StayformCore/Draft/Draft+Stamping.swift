extension Draft {
    /// This draft as saved at `moment`: its change time is `moment`, and so is its creation time
    /// when it had none.
    ///
    ///     let saved = draft.stamped(at: UTCTimestamp(secondsSinceEpoch: 1_795_795_407))
    ///     saved.updatedAt   // "2026-11-27T16:03:27Z"
    public func stamped(at moment: UTCTimestamp) -> Draft {
        var stamped = self
        if stamped.createdAt == nil { stamped.createdAt = moment.iso8601 }
        stamped.updatedAt = moment.iso8601
        return stamped
    }
}
