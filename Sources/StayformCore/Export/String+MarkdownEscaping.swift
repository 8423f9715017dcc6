extension String {
    /// This text for a Markdown table cell or paragraph: terminal-safe, with the characters
    /// Markdown would read as markup (`|`, `*`, `_`, `` ` ``, `<`, `[`…) escaped by a
    /// backslash, and line breaks as `<br>`.
    ///
    ///     "a|b_c".markdownEscaped   // "a\\|b\\_c"
    var markdownEscaped: String {
        split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var result = ""
            for character in line.terminalSafe {
                if "\\|*_`<>[]#".contains(character) { result.append("\\") }
                result.append(character)
            }
            return result
        }.joined(separator: "<br>")
    }
}
