import Foundation
import PropertyBased
import StayformCore
import Testing
import Yams

@testable import StayformPersistence

/// The YAML reader against libyaml (through Yams, which the program no longer links): the same
/// tree, texts and positions for every file stayform ships and for generated documents, and a
/// clear error with a position for what it refuses.
@Suite struct YAMLReaderTests {
    /// A node as text, with its position: `{k@1:1=v@1:4}`, `[…]`, `"text"@line:column`.
    static func outline(_ node: YAMLNode, marks: Bool = true) -> String {
        let place = marks ? "@\(node.mark.line):\(node.mark.column)" : ""
        switch node.content {
        case .scalar(let scalar):
            return "\(scalar.string.debugDescription)\(place)"
        case .sequence(let items):
            return "[" + items.map { outline($0, marks: marks) }.joined(separator: ",") + "]\(place)"
        case .mapping(let mapping):
            return "{" + mapping.map { outline($0.key, marks: marks) + "=" + outline($0.value, marks: marks) }
                .joined(separator: ",") + "}\(place)"
        }
    }

    /// A Yams node as the reader's node type, so that one outline shows both (an alias, which
    /// the reader refuses, becomes the text `*alias`).
    static func converted(_ node: Yams.Node) -> YAMLNode {
        let mark = YAMLMark(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        switch node {
        case .scalar(let scalar):
            return YAMLNode(content: .scalar(YAMLScalar(string: scalar.string, style: .plain)), mark: mark)
        case .sequence(let items):
            return YAMLNode(content: .sequence(items.map(converted)), mark: mark)
        case .mapping(let mapping):
            let entries = mapping.map { (key: converted($0.key), value: converted($0.value)) }
            return YAMLNode(content: .mapping(YAMLNode.Mapping(entries: entries)), mark: mark)
        case .alias:
            return YAMLNode(content: .scalar(YAMLScalar(string: "*alias", style: .plain)), mark: mark)
        }
    }

    static func yamsOutline(_ text: String, marks: Bool = true) throws -> String? {
        try Yams.compose(yaml: text, .basic).map { outline(converted($0), marks: marks) }
    }

    static var shippedFiles: [URL] {
        let root = FormPackFixtures.formsDirectory.deletingLastPathComponent()
        return ["Forms", "Themes"].flatMap { folder in
            let directory = root.appendingPathComponent(folder)
            return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0) }
        }
    }

    @Test func everyShippedPackAndThemeReadsAsLibyamlReadsIt() throws {
        let files = Self.shippedFiles
        #expect(files.count >= 6)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let ours = try YAMLReader.parse(text).map { Self.outline($0) }
            #expect(ours == (try Self.yamsOutline(text)), "\(file.lastPathComponent)")
        }
    }

    @Test(arguments: [
        ("a: 1\nb:\n  - x\n  - y: z\n    w: v\n", "{\"a\"=\"1\",\"b\"=[\"x\",{\"y\"=\"z\",\"w\"=\"v\"}]}"),
        ("k:\n- a\n- b\nn: c\n", "{\"k\"=[\"a\",\"b\"],\"n\"=\"c\"}"),
        ("t: >-\n  one\n  two\n\n  three\n", "{\"t\"=\"one two\\nthree\"}"),
        ("t: |\n  one\n   two\n\nu: x\n", "{\"t\"=\"one\\n two\\n\",\"u\"=\"x\"}"),
        ("t: |+\n  a\n\n\n", "{\"t\"=\"a\\n\\n\\n\"}"),
        ("t: >\n  a\n    b\n  c\n", "{\"t\"=\"a\\n  b\\nc\\n\"}"),
        ("q: \"a\\tb \\u00e9\\x41 \\\"q\\\" \\\n  c\"\n", "{\"q\"=\"a\\tb éA \\\"q\\\" c\"}"),
        ("q: 'it''s\n\n  here'\n", "{\"q\"=\"it\\\'s\\nhere\"}"),
        ("p: a\n  b\n\n  c # note\n", "{\"p\"=\"a b\\nc\"}"),
        ("f: { a: [1, 2], b: { c: d }, e: }\n", "{\"f\"={\"a\"=[\"1\",\"2\"],\"b\"={\"c\"=\"d\"},\"e\"=\"\"}}"),
        ("f: [ a b,\n  c ]\n", "{\"f\"=[\"a b\",\"c\"]}"),
        ("--- \n# c\nx: \"\"\n...\n", "{\"x\"=\"\"}"),
        ("- - a\n  - b\n- c\n", "[[\"a\",\"b\"],\"c\"]"),
        ("url: http://x.id/a:b\nk: -1\n", "{\"url\"=\"http://x.id/a:b\",\"k\"=\"-1\"}"),
        ("empty:\nnext: 1\n", "{\"empty\"=\"\",\"next\"=\"1\"}"),
    ])
    func aDocumentReadsAsLibyamlReadsIt(text: String, expected: String) throws {
        let ours = try #require(try YAMLReader.parse(text))
        #expect(Self.outline(ours, marks: false) == expected)
        #expect(Self.outline(ours) == (try Self.yamsOutline(text)))
    }

    @Test func aByteOrderMarkAndWindowsLineBreaksAreRead() throws {
        let root = try #require(try YAMLReader.parse("\u{FEFF}a: 1\r\nb: |\r\n  x\r\n  y\r\n"))
        #expect(Self.outline(root) == "{\"a\"@1:1=\"1\"@1:4,\"b\"@2:1=\"x\\ny\\n\"@2:4}@1:1")
    }

    @Test func anEmptyOrCommentOnlyFileHoldsNoDocument() throws {
        for text in ["", "\n\n", "# only a comment\n", "---\n", "   \n# x\n"] {
            #expect(try YAMLReader.parse(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        ("title: First: Second\n", 1, "`: `"),
        ("a:\n\tb: 1\n", 2, "tab"),
        ("a: 1\n  b: 2\n", 2, "`: `"),
        ("a:\n    b: 1\n   c: 2\n", 3, "indented"),
        ("a: [1, 2\n", 2, "`]`"),
        ("a: { b: c\n", 2, "`}`"),
        ("a: \"open\n", 2, "quote"),
        ("a: &x 1\nb: *x\n", 1, "anchors"),
        ("a: !!str 1\n", 1, "tags"),
        ("? a\n: b\n", 1, "complex"),
        ("a: 1\n---\nb: 2\n", 2, "second document"),
        ("a: \"\\q\"\n", 1, "`\\q`"),
        ("a: 1\na: 2\n", 2, "duplicate key `a`"),
        ("a: \"x\" y\n", 1, "after"),
        ("a: 1\nb\n", 2, "`key: value`"),
        ("a: |x\n  b\n", 1, "`|`"),
        ("a: b\u{1B}[2J\n", 1, "U+001B"),
        ("a: b\u{85}c\n", 1, "U+0085"),
        ("a: [b, \"c\" é]\n", 1, "`é` cannot stand here"),
    ])
    func aBrokenDocumentIsRefusedWithWhereAndWhy(text: String, line: Int, says: String) throws {
        let error = try #require(throws: YAMLSyntaxError.self) { try YAMLReader.parse(text) }
        #expect(error.mark.line == line, "\(error)")
        let message = error.detail(in: Language.english.words)
        #expect(message.contains(says), "\(message)")
        #expect(!error.detail(in: Language.indonesian.words).isEmpty)
        #expect(error.detail(in: Language.indonesian.words) != message)
    }

    @Test func nestingDeeperThanTheLimitIsRefusedNotACrash() throws {
        for opening in ["[", "{a: ", "- "] {
            let text = String(repeating: opening, count: 100_000)
            let error = try #require(throws: YAMLSyntaxError.self) { try YAMLReader.parse(text) }
            #expect(error.problem == .nestedTooDeeply || error.isAtEnd, "\(opening): \(error)")
        }
        let nested = (0..<YAMLReader.depthLimit + 1).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n")
        let error = try #require(throws: YAMLSyntaxError.self) { try YAMLReader.parse(nested + " v\n") }
        #expect(error.problem == .nestedTooDeeply && error.mark.line == YAMLReader.depthLimit + 1)
        let deepest = (0..<YAMLReader.depthLimit).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(throws: Never.self) { try YAMLReader.parse(deepest + " v\n") }
    }

    @Test func aLongLineOfValuesIsReadWithEachValuesColumn() throws {
        let count = 200_000
        let text = "[" + Array(repeating: "ab", count: count).joined(separator: ", ") + "]\n"
        let items = try #require(try YAMLReader.parse(text)?.sequence)
        #expect(items.count == count)
        #expect(items.last?.mark == YAMLMark(line: 1, column: 2 + (count - 1) * 4))
    }

    /// Documents built from keys, texts that need quoting or not, lists and mappings, in block
    /// and flow style: the reader gives libyaml's tree, texts and positions for each.
    @Test func generatedDocumentsReadAsLibyamlReadsThem() async {
        let words = ["a", "en", "id", "Full name", "it's", "x: y", "#hash", "naïve", "-1", "no", "[b]", "a,b", "é ü", "", "\"q\"", "tab\there", "~"]
        let word = Gen.element(of: words).map { $0! }
        let shape = zip(Gen.int(in: 0...2), Gen.int(in: 0...4), word.array(of: 1...5), word.array(of: 1...5))
        await propertyCheck(count: 300, input: shape.array(of: 1...6)) { parts in
            var text = ""
            for (index, (kind, style, keys, values)) in parts.enumerated() {
                let key = Self.quoted(keys[0] + String(index), style: style)
                switch kind {
                case 0:
                    text += "\(key): \(Self.quoted(values[0], style: style))\n"
                case 1:
                    text += "\(key):\n" + values.map { "  - \(Self.quoted($0, style: style))\n" }.joined()
                default:
                    let entries = zip(keys.indices, values).map { "\(Self.quoted(keys[$0] + String($0), style: style)): \(Self.quoted($1, style: style))" }
                    text += "\(key): { " + entries.joined(separator: ", ") + " }\n"
                }
            }
            let theirs = try? Self.yamsOutline(text)
            let ours = try? YAMLReader.parse(text).map { Self.outline($0) }
            #expect(ours == theirs, "\(text)")
        }
    }

    /// Shipped files with bytes deleted, doubled or replaced by YAML's own characters: when
    /// libyaml reads a mutated file, the reader reads it to the same tree, texts and positions
    /// (or refuses it with a position); it never crashes or hangs on one.
    @Test func mutatedShippedFilesReadAsLibyamlReadsThem() async throws {
        let sources = try Self.shippedFiles.filter { !$0.lastPathComponent.hasPrefix("stay-permit") }
            .map { try Array(String(contentsOf: $0, encoding: .utf8).utf8) }
        let significant = Array(" \n-:#[]{},'\"|>&*!?\t".utf8) + Array("aé".utf8)
        let mutation = zip(Gen.int(in: 0...(sources.count - 1)), Gen.int(in: 0...1_000_000), Gen.int(in: 0...2),
            Gen.int(in: 0...(significant.count - 1)))
        await propertyCheck(count: 1500, input: mutation.array(of: 1...3)) { edits in
            var bytes = sources[edits[0].0]
            for (_, place, kind, character) in edits where !bytes.isEmpty {
                let offset = place % bytes.count
                switch kind {
                case 0: bytes.remove(at: offset)
                case 1: bytes.insert(bytes[offset], at: offset)
                default: bytes[offset] = significant[character]
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            guard let theirs = try? Self.yamsOutline(text) else { return }
            var ours: String??
            do { ours = try YAMLReader.parse(text).map { Self.outline($0) } } catch { ours = nil }
            if let ours { #expect(ours == theirs, "\(text)") }
        }
    }

    /// `text` as a YAML scalar: always double-quoted (style 0), single-quoted (1), or plain
    /// where libyaml would read it back as the same text (else double-quoted).
    static func quoted(_ text: String, style: Int) -> String {
        let needsQuotes = text.isEmpty || text.contains(where: { ":#[]{},\"'\t".contains($0) }) || text.hasPrefix("-")
            || text.hasPrefix("~")
        switch style {
        case 1:
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case 2 where !needsQuotes, 3 where !needsQuotes, 4 where !needsQuotes:
            return text
        default:
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\t", with: "\\t") + "\""
        }
    }
}
