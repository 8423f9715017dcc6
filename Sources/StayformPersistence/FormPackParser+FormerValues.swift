import StayformCore

extension FormPackParser {
    /// `replaces: [old, …]`: the values earlier editions stored for this option or category;
    /// each must be a valid id.
    func formerValues(in object: PackObject) -> [String] {
        guard object["replaces"] != nil else { return [] }
        var values: [String] = []
        for (value, node) in reader.names("replaces", in: object) ?? [] {
            guard NodeReader.isIdentifier(value) else {
                let what = object.what
                reader.report(node, Phrase { words in words("pack.replaces.not-id", ["value": value, "what": words[what]]) })
                continue
            }
            values.append(value)
        }
        return values
    }

    /// Reports a former value that is still offered, or claimed by two options: a migration
    /// could not tell which answer it means.
    func checkFormerValues(of options: [ChoiceOption], in what: Phrase, at node: YAMLNode?) {
        let offered = Set(options.map(\.value))
        var claimed: Set<String> = []
        for value in options.flatMap(\.formerValues) {
            if offered.contains(value) {
                reader.report(node, Phrase { words in words("pack.replaces.offered", ["value": value, "what": words[what]]) })
            } else if !claimed.insert(value).inserted {
                reader.report(node, Phrase { words in words("pack.replaces.twice", ["value": value, "what": words[what]]) })
            }
        }
    }
}
