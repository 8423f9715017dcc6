/// Any JSON value, kept as it was read so that it can be written back unchanged.
///
/// Drafts use it to keep keys written by a newer stayform that this version does not know.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}
