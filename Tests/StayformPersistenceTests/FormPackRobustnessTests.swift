import Foundation
import Testing

@testable import StayformPersistence

/// Damaged packs never crash the loader, and every problem points inside the file.
@Suite("Form pack robustness")
struct FormPackRobustnessTests {
    static let lines = FormPackFixtures.minimal.split(separator: "\n", omittingEmptySubsequences: false)

    static func expectPositioned(_ text: String, _ what: String) {
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        switch FormPackLoader.validate(text: text, path: "fuzz.yaml") {
        case .success(let pack):
            #expect(!pack.sections.isEmpty, "\(what)")
        case .failure(let problems):
            #expect(!problems.errors.isEmpty, "\(what)")
            for error in problems.errors {
                #expect(!error.message.isEmpty, "\(what)")
                guard let line = error.line else {
                    Issue.record("\(what): no line in \(error)")
                    continue
                }
                #expect((1...max(lineCount, 1)).contains(line), "\(what): \(error)")
            }
        }
    }

    @Test("deleting any one line")
    func deletingLines() {
        for index in Self.lines.indices {
            var lines = Self.lines
            lines.remove(at: index)
            Self.expectPositioned(lines.joined(separator: "\n"), "without line \(index + 1)")
        }
    }

    @Test("cutting the file short anywhere")
    func truncating() {
        let text = FormPackFixtures.minimal
        for length in stride(from: 0, to: text.count, by: 13) {
            Self.expectPositioned(String(text.prefix(length)), "first \(length) characters")
        }
    }

    @Test("indenting any one line by one more space")
    func misindenting() {
        for index in Self.lines.indices where !Self.lines[index].isEmpty {
            var lines = Self.lines
            lines[index] = " " + lines[index]
            Self.expectPositioned(lines.joined(separator: "\n"), "line \(index + 1) indented")
        }
    }
}
