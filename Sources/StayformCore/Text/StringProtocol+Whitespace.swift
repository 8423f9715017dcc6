/// Trimming for text people type.
extension StringProtocol {
    /// This text without leading and trailing whitespace.
    public var trimmingWhitespace: String {
        let head = drop(while: \.isWhitespace)
        guard let last = head.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(head[...last])
    }
}
