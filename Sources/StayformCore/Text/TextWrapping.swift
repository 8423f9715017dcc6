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
