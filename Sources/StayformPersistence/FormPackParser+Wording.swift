import StayformCore
import Yams

extension FormPackParser {
    /// `by-filer: { sponsor: { label: …, help: … } }`: other wording of a field or document for
    /// a filer; each filer gives a `label`, a `help` or both.
    func wordingByFiler(in object: PackObject) -> [Filer: Wording] {
        guard let node = object["by-filer"] else { return [:] }
        guard let mapping = node.mapping else {
            reader.report(node, "`by-filer` in \(object.what) must be a mapping of filer to wording, "
                + "such as { sponsor: { label: Relationship to the applicant } }")
            return [:]
        }
        var wordings: [Filer: Wording] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? "?"
            guard let filer = Filer(rawValue: name), filer != .nobody else {
                reader.report(key, "unknown filer `\(name)` in `by-filer` of \(object.what); use "
                    + NodeReader.list([Filer.applicant, .sponsor].map(\.rawValue)))
                continue
            }
            guard var wording = reader.object(value, "the `\(name)` wording of \(object.what)",
                required: [], optional: ["label", "help"])
            else { continue }
            wording.what = "the `\(name)` wording of \(object.what)"
            let label = reader.text("label", in: wording)
            let help = reader.text("help", in: wording)
            if wording["label"] == nil, wording["help"] == nil {
                reader.report(value, "\(wording.what) gives neither `label` nor `help`")
            }
            wordings[filer] = Wording(label: label, help: help)
        }
        return wordings
    }
}
