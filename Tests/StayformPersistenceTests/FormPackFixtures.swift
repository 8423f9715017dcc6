import Foundation

/// Packs written for the tests: a minimal valid pack, and the shipped packs' folder.
enum FormPackFixtures {
    /// A small pack that uses every top-level key once and is valid.
    static let minimal = """
        format: 1
        id: demo
        title: { en: Demo, id: Contoh }
        edition: "1"
        effective: 2026-01-01
        languages: [en, id]
        category-field: kind
        sections:
          - id: first
            code: "1"
            title: First
            fields:
              - id: name
                code: "1.1"
                label: Name
                type: person-name
                help: As on the passport.
                fact: name
              - id: kind
                code: "1.2"
                label: Kind
                type: single-choice
                help: Which kind.
              - id: scan
                code: "1.3"
                label: Scan
                type: attachment
                document: passport
                help: The bio page.
                required-when: { field: kind, equals: visitor }
        categories:
          - id: visitor
            label: Visitor
            help: Extends.
            extendable: true
            filed-by: applicant
            figures: [fee]
            requires: [passport]
          - id: exempt
            label: Exempt
            help: Cannot extend.
            extendable: false
            filed-by: nobody
            stop-text: leave
        documents:
          - id: passport
            label: Passport
            help: Bio page.
            shows: [name]
        facts:
          - id: name
            label: Name
            source: passport
            normalizer: person-name
        rules:
          - id: name-matches
            kind: same-value
            severity: error
            message: The name differs.
            params: { fact: name }
          - id: documents-attached
            kind: required-documents
            severity: warning
            message: A document is missing.
        figures:
          - id: fee
            kind: fee
            label: Fee
            values: [{ amount: 500000, unit: IDR }]
            provenance: { source: A decree, effective: 2026-01-01, checked: 2026-11-21, confidence: confirmed }
        holidays:
          - year: 2026
            provenance: { source: SKB, effective: 2026-01-01, checked: 2026-11-21, confidence: confirmed }
            days:
              - { date: 2026-01-01, kind: holiday, name: New Year }
        texts:
          leave: Leave before your stay ends.
        countries:
          - { code: IDN, name: Indonesia }

        """

    /// The repository's `Forms/` folder.
    static var formsDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Forms", isDirectory: true)
    }

    /// Every shipped pack file.
    static var shippedPackURLs: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: formsDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
            .map { formsDirectory.appendingPathComponent($0) }
    }

    /// `minimal` with `old` replaced by `new`; `nil` when `old` is not in it (a broken case).
    static func minimal(replacing old: String, with new: String) -> String? {
        guard minimal.contains(old) else { return nil }
        return minimal.replacingOccurrences(of: old, with: new)
    }

    /// The 1-based line and column where `marker` first occurs in `text`.
    static func position(of marker: String, in text: String) -> (line: Int, column: Int)? {
        guard let range = text.range(of: marker) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }
}
