/// A file's path as terminals paste a file dragged onto them and as people copy it from a
/// shell: quoted, backslash-escaped or a `file://` URL, read back as the plain path.
///
///     DroppedPath.plain("'/tmp/files/passport scan.pdf'")      // "/tmp/files/passport scan.pdf"
///     DroppedPath.plain("/tmp/files/passport\\ scan.pdf")      // "/tmp/files/passport scan.pdf"
///     DroppedPath.plain("file:///tmp/files/passport%20scan.pdf") // "/tmp/files/passport scan.pdf"
///     DroppedPath.plain("~/scans/photo.jpg")                   // unchanged: `~` is the reader's to expand
public enum DroppedPath {
    /// `text` without the quoting a terminal or a shell added; a plain path is returned as it is.
    public static func plain(_ text: String) -> String {
        let trimmed = trimmed(text)
        if let url = fileURLPath(trimmed) { return url }
        if let quoted = unquoted(trimmed) { return quoted }
        return unescaped(trimmed)
    }

    /// `text` without white space around it, but for an escaped space at its end (`a\ `).
    private static func trimmed(_ text: String) -> String {
        var result = Substring(text.drop { $0.isWhitespace })
        while let last = result.last, last.isWhitespace, result.dropLast().last != "\\" {
            result = result.dropLast()
        }
        return String(result)
    }

    /// The path of a `file://` URL (`file:///a` or `file://localhost/a`), percent-decoded.
    private static func fileURLPath(_ text: String) -> String? {
        guard text.lowercased().hasPrefix("file://") else { return nil }
        var rest = Substring(text.dropFirst("file://".count))
        if rest.lowercased().hasPrefix("localhost/") { rest = rest.dropFirst("localhost".count) }
        guard rest.hasPrefix("/") else { return nil }
        return percentDecoded(rest)
    }

    /// `'…'` or `"…"` around the whole path, with a shell's `'\''` for a quote inside.
    private static func unquoted(_ text: String) -> String? {
        guard text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first else {
            return nil
        }
        let inner = text.dropFirst().dropLast()
        if first == "'" { return String(inner).replacing("'\\''", with: "'") }
        return unescaped(String(inner))
    }

    /// `\` before a character stands for that character, as a shell reads it.
    private static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// `%20` and the like as the bytes they stand for; a malformed escape is kept as typed.
    private static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"),
                let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex), high < utf8.endIndex,
                let low = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex), low < utf8.endIndex,
                let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index = utf8.index(after: low)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
