import Foundation
import Testing

@testable import StayformPersistence

@Suite("Form pack catalog")
struct FormPackCatalogTests {
    /// A fresh folder holding `files` (name → contents).
    static func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("stayform-catalog-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(to: directory.appendingPathComponent(name), atomically: false,
                encoding: .utf8)
        }
        return directory
    }

    @Test("lists valid packs by id and reports the others")
    func listsAndReports() throws {
        let broken = FormPackFixtures.minimal.replacingOccurrences(of: "unit: IDR", with: "unit: EUR")
        let second = FormPackFixtures.minimal.replacingOccurrences(of: "id: demo", with: "id: another")
        let directory = try Self.folder([
            "demo.yaml": FormPackFixtures.minimal, "another.yml": second, "broken.yaml": broken,
            "notes.txt": "not a pack",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let catalog = PackCatalog.scan(directory: directory)
        #expect(catalog.entries.map(\.id) == ["another", "demo"])
        #expect(catalog.entry(id: "demo")?.edition == "1")
        #expect(catalog.entry(id: "demo")?.url.lastPathComponent == "demo.yaml")
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems.first?.path.hasSuffix("broken.yaml") == true)
    }

    @Test("two packs with one id: the second is reported")
    func duplicateIDs() throws {
        let directory = try Self.folder([
            "a.yaml": FormPackFixtures.minimal, "b.yaml": FormPackFixtures.minimal,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let catalog = PackCatalog.scan(directory: directory)
        #expect(catalog.entries.count == 1)
        #expect(catalog.problems.first?.message.contains("duplicate pack id `demo`") == true)
    }

    @Test("a missing folder is a problem, not a crash")
    func missingFolder() {
        let catalog = PackCatalog.scan(directory: URL(fileURLWithPath: "/nonexistent/stayform"))
        #expect(catalog.entries.isEmpty)
        #expect(catalog.problems.first?.message.contains("STAYFORM_RESOURCES") == true)
    }

    @Test("the shipped folder lists every shipped pack")
    func shippedFolder() {
        let catalog = PackCatalog.scan(directory: FormPackFixtures.formsDirectory)
        #expect(catalog.problems.isEmpty, "\(catalog.problems)")
        #expect(catalog.entries.count == FormPackFixtures.shippedPackURLs.count)
        #expect(catalog.entry(id: "stay-permit-extension") != nil)
    }
}
