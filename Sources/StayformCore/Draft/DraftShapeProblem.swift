/// Why a draft's JSON object is not a draft: where (the members and list positions leading to
/// the value) and what is wrong there. It never quotes the value: drafts hold personal data.
///
///     // {"formatVersion": 1, "form": {"id": "f"}}
///     DraftShapeProblem(path: [.member("form")], kind: .missingKey("edition"))
public struct DraftShapeProblem: Error, Hashable, Sendable {
    /// One step from the top-level object to the value.
    public enum Step: Hashable, Sendable {
        case member(String)
        case index(Int)
    }

    /// What is wrong with the value at `path`.
    public enum Kind: Hashable, Sendable {
        /// It is of another kind than the one expected.
        case expected(JSONKind)
        /// It is `null` where a value of that kind is needed.
        case expectedNotNull(JSONKind)
        /// The object has no member of that name.
        case missingKey(String)
        /// A restatement has both `matches` and `differs`, or neither.
        case restatementNeedsOneKey
    }

    /// The members and list positions leading to the value, from the top-level object.
    public var path: [Step]
    /// What is wrong there.
    public var kind: Kind

    public init(path: [Step], kind: Kind) {
        self.path = path
        self.kind = kind
    }
}

/// The kinds of JSON value a draft's members hold.
public enum JSONKind: Hashable, Sendable {
    case string
    case wholeNumber
    case list
    case object
}

/// Reads the members of a draft's JSON object, keeping the path to the value being read so
/// that a problem says where it is.
struct DraftShapeReader {
    private(set) var path: [DraftShapeProblem.Step] = []

    /// The member `name` of `object`, read by `read`; throws when there is none.
    mutating func required<Value>(
        _ name: String, of object: [String: JSONValue],
        _ read: (inout DraftShapeReader, JSONValue) throws(DraftShapeProblem) -> Value
    ) throws(DraftShapeProblem) -> Value {
        guard let value = object[name] else { throw DraftShapeProblem(path: path, kind: .missingKey(name)) }
        return try nested(.member(name)) { reader throws(DraftShapeProblem) in try read(&reader, value) }
    }

    /// The member `name` of `object`, read by `read`, or `nil` when it is absent or `null`.
    mutating func optional<Value>(
        _ name: String, of object: [String: JSONValue],
        _ read: (inout DraftShapeReader, JSONValue) throws(DraftShapeProblem) -> Value
    ) throws(DraftShapeProblem) -> Value? {
        guard let value = object[name], value != .null else { return nil }
        return try nested(.member(name)) { reader throws(DraftShapeProblem) in try read(&reader, value) }
    }

    /// Each member of the object `value`, read by `read`.
    mutating func map<Value>(
        _ value: JSONValue, _ read: (inout DraftShapeReader, JSONValue) throws(DraftShapeProblem) -> Value
    ) throws(DraftShapeProblem) -> [String: Value] {
        var result: [String: Value] = [:]
        for (name, member) in try object(value) {
            result[name] = try nested(.member(name)) { reader throws(DraftShapeProblem) in try read(&reader, member) }
        }
        return result
    }

    /// Each element of the list `value`, read by `read`.
    mutating func list<Value>(
        _ value: JSONValue, _ read: (inout DraftShapeReader, JSONValue) throws(DraftShapeProblem) -> Value
    ) throws(DraftShapeProblem) -> [Value] {
        guard case .array(let elements) = value else { throw problem(with: value, expected: .list) }
        var result: [Value] = []
        for (position, element) in elements.enumerated() {
            result.append(try nested(.index(position)) { reader throws(DraftShapeProblem) in try read(&reader, element) })
        }
        return result
    }

    func object(_ value: JSONValue) throws(DraftShapeProblem) -> [String: JSONValue] {
        guard case .object(let members) = value else { throw problem(with: value, expected: .object) }
        return members
    }

    /// A string.
    static func text(_ reader: inout DraftShapeReader, _ value: JSONValue) throws(DraftShapeProblem) -> String {
        guard case .string(let text) = value else { throw reader.problem(with: value, expected: .string) }
        return text
    }

    /// A number without a fraction.
    static func wholeNumber(_ reader: inout DraftShapeReader, _ value: JSONValue) throws(DraftShapeProblem) -> Int {
        guard case .integer(let number) = value else { throw reader.problem(with: value, expected: .wholeNumber) }
        return number
    }

    /// An object of strings.
    static func textMap(_ reader: inout DraftShapeReader, _ value: JSONValue) throws(DraftShapeProblem) -> [String: String] {
        try reader.map(value, text)
    }

    /// A list of strings.
    static func textList(_ reader: inout DraftShapeReader, _ value: JSONValue) throws(DraftShapeProblem) -> [String] {
        try reader.list(value, text)
    }

    /// `{"matches": …}` or `{"differs": …}`.
    static func restatement(_ reader: inout DraftShapeReader, _ value: JSONValue) throws(DraftShapeProblem) -> Restatement {
        let members = try reader.object(value)
        switch (members["matches"], members["differs"]) {
        case (.some, nil): return .matches(try reader.required("matches", of: members, text))
        case (nil, .some): return .differs(try reader.required("differs", of: members, text))
        default: throw DraftShapeProblem(path: reader.path, kind: .restatementNeedsOneKey)
        }
    }

    /// A file attached to a document.
    static func attachment(_ reader: inout DraftShapeReader, _ value: JSONValue) throws(DraftShapeProblem) -> Attachment {
        let members = try reader.object(value)
        return Attachment(
            path: try reader.required("path", of: members, text),
            size: try reader.required("size", of: members, wholeNumber),
            detectedType: try reader.required("detectedType", of: members, text),
            sha256: try reader.required("sha256", of: members, text))
    }

    private mutating func nested<Value>(
        _ step: DraftShapeProblem.Step, _ read: (inout DraftShapeReader) throws(DraftShapeProblem) -> Value
    ) throws(DraftShapeProblem) -> Value {
        path.append(step)
        defer { path.removeLast() }
        return try read(&self)
    }

    func problem(with value: JSONValue, expected kind: JSONKind) -> DraftShapeProblem {
        DraftShapeProblem(path: path, kind: value == .null ? .expectedNotNull(kind) : .expected(kind))
    }
}
