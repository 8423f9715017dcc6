import StayformCore

extension FormPackParser {
    /// `by-filer: { sponsor: { label: …, help: … } }`: other wording of a field or document for
    /// a filer; each filer gives a `label`, a `help` or both.
    func wordingByFiler(in object: PackObject) -> [Filer: Wording] {
        guard let node = object["by-filer"] else { return [:] }
        let what = object.what
        guard let mapping = node.mapping else {
            reader.report(node, Phrase { words in words("pack.by-filer.not-mapping", ["what": words[what]]) })
            return [:]
        }
        var wordings: [Filer: Wording] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? "?"
            guard let filer = Filer(rawValue: name), filer != .nobody else {
                let filers = NodeReader.list([Filer.applicant, .sponsor].map(\.rawValue))
                reader.report(key, Phrase { words in
                    words("pack.by-filer.unknown-filer", ["filer": name, "what": words[what], "filers": filers])
                })
                continue
            }
            let wordingWhat = Phrase { words in words("pack.what.wording", ["filer": name, "what": words[what]]) }
            guard let wording = reader.object(value, wordingWhat, required: [], optional: ["label", "help"])
            else { continue }
            let label = reader.text("label", in: wording)
            let help = reader.text("help", in: wording)
            if wording["label"] == nil, wording["help"] == nil {
                reader.report(value, Phrase { words in words("pack.by-filer.empty", ["what": words[wordingWhat]]) })
            }
            wordings[filer] = Wording(label: label, help: help)
        }
        return wordings
    }
}
