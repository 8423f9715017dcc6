import StayformCore
import Yams

extension FormPackParser {
    /// `replaces: [old, …]`: the values earlier editions stored for this option or category;
    /// each must be a valid id.
    func formerValues(in object: PackObject) -> [String] {
        guard object["replaces"] != nil else { return [] }
        var values: [String] = []
        for (value, node) in reader.names("replaces", in: object) ?? [] {
            guard NodeReader.isIdentifier(value) else {
                reader.report(node, "`replaces` `\(value)` in \(object.what) is not a valid id")
                continue
            }
            values.append(value)
        }
        return values
    }

    /// Reports a former value that is still offered, or claimed by two options: a migration
    /// could not tell which answer it means.
    func checkFormerValues(of options: [ChoiceOption], in what: String, at node: Node?) {
        let offered = Set(options.map(\.value))
        var claimed: Set<String> = []
        for value in options.flatMap(\.formerValues) {
            if offered.contains(value) {
                reader.report(node, "`\(value)` in \(what) is both offered and replaced; remove it from `replaces`")
            } else if !claimed.insert(value).inserted {
                reader.report(node, "`\(value)` is replaced by two options of \(what); keep it under one")
            }
        }
    }
}
