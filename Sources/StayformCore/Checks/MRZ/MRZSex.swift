/// The sex field of an MRZ: `F`, `M`, or `<` (unspecified; shown as `X` on the visual page).
public enum MRZSex: Hashable, Sendable {
    case female
    case male
    case unspecified
}
