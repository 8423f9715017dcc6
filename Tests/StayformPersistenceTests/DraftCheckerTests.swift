import Foundation
import StayformCore
import StayformPersistence
import SystemPackage
import Testing
import TestSupport

/// `DraftChecker`: a saved draft gives the engine's findings; a missing draft or pack is a
/// named problem, and the pack is loaded once.
@Suite final class DraftCheckerTests {
    let directory: FilePath

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("draft-checker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        directory = FilePath(url.path)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory.string)
    }

    func save(_ draft: Draft, as name: String) throws -> String {
        var file = DraftFile(path: directory.appending(name))
        try file.save(draft)
        return directory.appending(name).string
    }

    @Test func checksASavedDraftWithItsPack() throws {
        var draft = CrossCheckFixtures.cleanDraft
        draft.values["permit.passport-number"] = "C4JN12K58"
        let path = try save(draft, as: "draft.json")
        var loads = 0
        var checker = DraftChecker(today: CrossCheckFixtures.today) { formID throws(DraftChecker.PackUnavailable) in
            loads += 1
            guard formID == CrossCheckFixtures.pack.id else { throw DraftChecker.PackUnavailable("no such pack") }
            return CrossCheckFixtures.pack
        }
        for _ in 0..<2 {
            let result = checker.check(path: path)
            #expect(result.problem == nil)
            #expect(result.formID == CrossCheckFixtures.pack.id)
            #expect(result.findings.map(\.id).contains("passport-number.permit.passport-number"))
            // The fixture's files are not on disk: each attached file is reported unreadable.
            #expect(result.findings.filter { $0.ruleID == "exists" }.count == 3)
        }
        #expect(loads == 1)
    }

    @Test func missingDraftsAndPacksAreNamed() throws {
        let path = try save(Draft(pack: FormPack(id: "elsewhere", title: LocalizedText(english: "E"), edition: "1", sections: [])), as: "other.json")
        var checker = DraftChecker(today: CrossCheckFixtures.today) { _ throws(DraftChecker.PackUnavailable) in
            throw DraftChecker.PackUnavailable("Forms/elsewhere.yaml: no such file")
        }
        #expect(checker.check(path: path).problem == "\(path): its form pack elsewhere cannot be used: Forms/elsewhere.yaml: no such file")
        let missing = directory.appending("missing.json").string
        #expect(checker.check(path: missing).problem == "\(missing): there is no such draft file; check the path")
    }
}

/// `DraftChecker.checkAll`: several workers, results in the order given.
@Suite struct DraftCheckerParallelTests {
    @Test(arguments: [1, 2, 4])
    func resultsKeepTheOrderOfThePaths(workers: Int) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("check-all-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        var clean = DraftFile(path: FilePath(url.appendingPathComponent("clean.json").path))
        try clean.save(CrossCheckFixtures.cleanDraft)
        var mismatched = CrossCheckFixtures.cleanDraft
        mismatched.values["permit.passport-number"] = "C4JN12K58"
        var other = DraftFile(path: FilePath(url.appendingPathComponent("mismatch.json").path))
        try other.save(mismatched)
        let names = (0..<20).map { ["clean.json", "mismatch.json", "missing.json"][$0 % 3] }
        let paths = names.map { url.appendingPathComponent($0).path }
        let results = DraftChecker.checkAll(paths, workers: workers) {
            DraftChecker(today: CrossCheckFixtures.today) { _ throws(DraftChecker.PackUnavailable) in CrossCheckFixtures.pack }
        }
        #expect(results.map(\.path) == paths)
        var sequential = DraftChecker(today: CrossCheckFixtures.today) { _ throws(DraftChecker.PackUnavailable) in
            CrossCheckFixtures.pack
        }
        for (path, result) in zip(paths, results) {
            #expect(result == sequential.check(path: path))
        }
        #expect(results[2].problem != nil)
        #expect(results[0].findings != results[1].findings)
    }
}
