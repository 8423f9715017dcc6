/// Breaks text into lines of at most a number of terminal columns, at spaces where possible.
///
///     "Why it is asked and where to find it".wrapped(toColumns: 12)
///     // ["Why it is", "asked and", "where to", "find it"]
extension StringProtocol {
    /// The lines of this text wrapped to `columns`; words longer than a line are split.
    public func wrapped(toColumns columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineColumns = 0
            for word in paragraph.split(separator: " ") {
                var rest = Substring(word)
                while !rest.isEmpty {
                    let wordColumns = rest.terminalColumns
                    let separator = lineColumns == 0 ? 0 : 1
                    if lineColumns + separator + wordColumns <= columns {
                        if separator == 1 { line.append(" ") }
                        line += rest
                        lineColumns += separator + wordColumns
                        rest = ""
                    } else if lineColumns > 0 {
                        lines.append(line)
                        line = ""
                        lineColumns = 0
                    } else {
                        // A word longer than a whole line: cut it.
                        var piece = ""
                        var used = 0
                        var index = rest.startIndex
                        while index < rest.endIndex, used + rest[index].terminalColumns <= columns {
                            piece.append(rest[index])
                            used += rest[index].terminalColumns
                            index = rest.index(after: index)
                        }
                        if piece.isEmpty {
                            piece.append(rest[rest.startIndex])
                            index = rest.index(after: rest.startIndex)
                        }
                        lines.append(piece)
                        rest = rest[index...]
                    }
                }
            }
            lines.append(line)
        }
        return lines
    }
}

extension StringProtocol {
    /// This text cut to at most `columns` terminal columns, ending in `…` when something was
    /// cut.
    ///
    ///     "Address in Indonesia".truncated(toColumns: 10)   // "Address i…"
    public func truncated(toColumns columns: Int) -> String {
        guard terminalColumns > columns else { return String(self) }
        guard columns > 0 else { return "" }
        var result = ""
        var used = 0
        for character in self {
            let width = character.terminalColumns
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}

extension StringProtocol {
    /// This path cut to at most `columns` terminal columns by leaving out its middle: the first
    /// folder and as many of the last components as fit stay, so the file's name is never lost.
    ///
    ///     "/home/ana/.local/share/stayform/snapshots/2026-11-30T21-50-00Z.txt"
    ///         .shortenedInMiddle(toColumns: 44)
    ///     // "/home/…/snapshots/2026-11-30T21-50-00Z.txt"
    public func shortenedInMiddle(toColumns columns: Int) -> String {
        let path = String(self)
        guard path.terminalColumns > columns else { return path }
        guard columns > 1 else { return String(path.suffix(Swift.max(0, columns))) }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let head = components.count > 2 ? components.prefix(2).joined(separator: "/") + "/" : ""
        // The most trailing components that fit after the head and the `…`.
        var tail = ""
        for component in components.dropFirst(2).reversed() {
            let candidate = tail.isEmpty ? String(component) : component + "/" + tail
            guard head.terminalColumns + 2 + candidate.terminalColumns <= columns else { break }
            tail = candidate
        }
        if !tail.isEmpty { return head + "…/" + tail }
        // Not even the name fits after the head: its end, after a `…`.
        var end = ""
        for character in path.reversed() {
            guard end.terminalColumns + character.terminalColumns + 1 <= columns else { break }
            end.insert(character, at: end.startIndex)
        }
        return "…" + end
    }
}
