import StayformCore
import Yams

extension FormPackParser {
    /// `replaces: [old, …]`: the values earlier editions stored for this option or category.
    func formerValues(in object: PackObject) -> [String] {
        guard object["replaces"] != nil else { return [] }
        return (reader.names("replaces", in: object) ?? []).map(\.0)
    }
}
