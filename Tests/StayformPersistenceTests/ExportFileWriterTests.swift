import Foundation
import StayformPersistence
import Testing

/// `ExportFileWriter`: a new file readable only by its owner; an existing file left alone
/// unless replacing, and then replaced whole with the same permissions.
@Suite final class ExportFileWriterTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func permissions(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test(arguments: [false, true])
    func writesANewFileReadableOnlyByItsOwner(replacing: Bool) throws {
        let path = directory.appendingPathComponent("export.md").path
        try ExportFileWriter().write("# Export\n", to: path, replacing: replacing)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Export\n")
        #expect(try permissions(path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["export.md"])
    }

    @Test(arguments: [(false, "before\n"), (true, "after\n")])
    func existingFile(replacing: Bool, expected: String) throws {
        let path = directory.appendingPathComponent("export.txt").path
        try Data("before\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        do throws(ExportWriteError) {
            try ExportFileWriter().write("after\n", to: path, replacing: replacing)
            #expect(replacing)
        } catch {
            #expect(!replacing)
            #expect(error.alreadyExists)
            #expect(error.description.hasPrefix(path))
        }
        #expect(try permissions(path) == (replacing ? 0o600 : 0o644))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["export.txt"])
    }

    @Test func unwritableFolderIsNamed() {
        let path = directory.appendingPathComponent("missing/export.json").path
        #expect(throws: ExportWriteError.self) { try ExportFileWriter().write("{}\n", to: path, replacing: false) }
    }
}
