/// Trimming for text people type.
extension StringProtocol {
    /// This text without leading and trailing whitespace.
    ///
    /// ASCII text is trimmed in one pass over its bytes (its whitespace is tab to carriage
    /// return and the space): the cross-checks trim every answer they read, on every keystroke.
    public var trimmingWhitespace: String {
        var first: Index?
        var last = startIndex
        var isASCII = true
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte < 0x80 else {
                isASCII = false
                break
            }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) {
                if first == nil { first = index }
                last = index
            }
        }
        if isASCII {
            guard let first else { return "" }
            return String(self[first...last])
        }
        let head = drop(while: \.isWhitespace)
        guard let last = head.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(head[...last])
    }
}
