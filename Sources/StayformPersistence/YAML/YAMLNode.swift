/// One node of a YAML document as stayform reads packs and themes: a text, a mapping or a list,
/// with where it starts in the file (for messages).
///
/// Every scalar stays the text written (`no` is "no", `1_000` is "1_000"): the readers of packs
/// and themes decide what a value means, so nothing is typed behind their back.
///
///     let root = try YAMLReader.parse("name: ocean\nstyles: { title: { bold: yes } }\n")
///     root?.mapping?["name"]?.string          // "ocean"
struct YAMLNode: Sendable {
    /// What the node holds.
    enum Content: Sendable {
        case scalar(YAMLScalar)
        case mapping(Mapping)
        case sequence([YAMLNode])
    }

    /// A mapping's entries in the order written; keys are unique (the reader refuses duplicates).
    struct Mapping: Sequence, Sendable {
        var entries: [(key: YAMLNode, value: YAMLNode)]

        /// The value under the scalar key `key`.
        subscript(key: String) -> YAMLNode? {
            entries.first { $0.key.string == key }?.value
        }

        var count: Int { entries.count }

        func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> {
            entries.makeIterator()
        }
    }

    var content: Content
    /// Where the node starts.
    var mark: YAMLMark

    /// The scalar, when the node is one.
    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The scalar's text, when the node is a scalar.
    var string: String? { scalar?.string }

    /// The mapping, when the node is one.
    var mapping: Mapping? {
        if case .mapping(let mapping) = content { return mapping }
        return nil
    }

    /// The list's items, when the node is a list.
    var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }
}

/// A YAML scalar: its text, and how it was written (a theme's `bold: yes` is a flag only when
/// written plain; `"yes"` is text).
struct YAMLScalar: Sendable, Equatable {
    /// How a scalar was written.
    enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    var string: String
    var style: Style
}

/// A position in a YAML file: 1-based line, and 1-based column counted in characters.
struct YAMLMark: Sendable, Equatable {
    var line: Int
    var column: Int
}
