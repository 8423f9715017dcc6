/// The result of reading an MRZ: the zone when its layout could be read, and every problem found.
public struct MRZReading: Hashable, Sendable {
    /// `nil` when the text does not have the TD3 shape (line count, lengths, characters).
    public let zone: MachineReadableZone?
    /// Empty when the MRZ is well-formed and every check digit matches.
    public let problems: [MRZProblem]

    /// Whether the MRZ was read with no problem at all.
    public var isValid: Bool { zone != nil && problems.isEmpty }
}
