import StayformCore

extension FormField {
    /// `text` pasted into this field, as the person pasting it means it: the MRZ's two lines
    /// become one run (the field holds both lines), a file's path loses the quoting a terminal
    /// adds when a file is dropped on it, and elsewhere a line break is a space — a paste never
    /// moves to another field.
    ///
    ///     mrzField.pasted("P<UTOERIKSSON<<ANNA…\nL898902C36UTO…")  // "P<UTOERIKSSON<<ANNA…L898902C36UTO…"
    ///     attachmentField.pasted("'/tmp/passport scan.pdf'")       // "/tmp/passport scan.pdf"
    public func pasted(_ text: String) -> String {
        switch type {
        case .mrz:
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace }.joined()
        case .attachment:
            return DroppedPath.plain(text)
        default:
            return text
        }
    }
}
