import Foundation
import Testing

/// The form-pack cache as the built binary uses it: written on the first run into
/// `$XDG_CACHE_HOME/stayform` (0600 in 0700), read unchanged by the next, rewritten when the
/// pack changes, and never changing what the program says.
@Suite(.serialized) struct PackCacheEndToEndTests {
    /// A copy of the tree's packs (so a test may edit one) with its themes, and a fresh cache.
    struct Setup {
        let folder: URL
        var forms: URL { folder.appendingPathComponent("Forms", isDirectory: true) }
        var cache: URL { folder.appendingPathComponent("cache", isDirectory: true) }
        var cacheFile: URL { cache.appendingPathComponent("stayform/stay-permit-extension.cache") }
        var environment: [String: String] { ["STAYFORM_RESOURCES": folder.path, "XDG_CACHE_HOME": cache.path] }

        init() throws {
            folder = try Scratch.makeDirectory()
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Forms"), to: forms)
            try FileManager.default.copyItem(
                at: Repository.root.appendingPathComponent("Themes"), to: folder.appendingPathComponent("Themes"))
        }

        /// The cache file's inode, modification time and permissions.
        func cacheFileStatus() throws -> [FileAttributeKey: AnyHashable] {
            let attributes = try FileManager.default.attributesOfItem(atPath: cacheFile.path)
            var kept: [FileAttributeKey: AnyHashable] = [:]
            for key in [FileAttributeKey.systemFileNumber, .modificationDate, .posixPermissions, .type] {
                kept[key] = attributes[key] as? AnyHashable
            }
            return kept
        }
    }

    @Test func theSecondRunReadsTheCacheAndAnEditedPackIsSeen() throws {
        let setup = try Setup()
        let arguments = ["forms", "show", "stay-permit-extension"]
        let first = try Repository.stayform(arguments, environment: setup.environment)
        #expect(first.status == 0, "\(first.error)")
        let written = try setup.cacheFileStatus()
        #expect(written[.posixPermissions] == AnyHashable(0o600))
        #expect(written[.type] == AnyHashable(FileAttributeType.typeRegular))
        let folder = try FileManager.default.attributesOfItem(atPath: setup.cacheFile.deletingLastPathComponent().path)
        #expect(folder[.posixPermissions] as? Int == 0o700)

        // Read, not written again: same file, same time; same output.
        let second = try Repository.stayform(arguments, environment: setup.environment)
        #expect(second.output == first.output)
        #expect(try setup.cacheFileStatus() == written)

        // The pack edited between runs: the edit shows, and the cache is written anew.
        let pack = setup.forms.appendingPathComponent("stay-permit-extension.yaml")
        let text = try String(contentsOf: pack, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\n  en: Stay Permit Extension\n", with: "\n  en: Stay Permit Extension (edited)\n")
        try #require(edited != text)
        try edited.write(to: pack, atomically: false, encoding: .utf8)
        let third = try Repository.stayform(arguments, environment: setup.environment)
        #expect(third.status == 0, "\(third.error)")
        #expect(third.output.hasPrefix("Stay Permit Extension (edited) (stay-permit-extension)"), "\(third.output.prefix(200))")
        #expect(try setup.cacheFileStatus()[.systemFileNumber] != written[.systemFileNumber])
    }

    @Test func checkSaysTheSameWithAndWithoutTheCache() throws {
        let setup = try Setup()
        let arguments = ["check", "--today", "2026-11-21", Repository.example("sponsor-name-mismatch.json")]
        // A cache folder that cannot be made (below a file): nothing cached, as before the cache.
        let uncached = try Repository.stayform(arguments, environment: ["XDG_CACHE_HOME": "/dev/null/cache"])
        let filling = try Repository.stayform(arguments, environment: setup.environment)
        let cached = try Repository.stayform(arguments, environment: setup.environment)
        #expect(FileManager.default.fileExists(atPath: setup.cacheFile.path))
        for result in [filling, cached] {
            #expect(result.status == uncached.status)
            #expect(result.output == uncached.output)
            #expect(result.error == uncached.error)
        }
        #expect(!uncached.output.isEmpty)
    }

    @Test func theWizardStartsTheSameFromTheCache() throws {
        let setup = try Setup()
        var screens: [String] = []
        for _ in 0..<2 {
            let session = try TmuxSession(environment: setup.environment)
            let screen = try session.waitFor("Which permit do you hold now?")
            // The last row is the status bar, with the time.
            screens.append(screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\n"))
            try session.close()
            if screens.count == 1 { #expect(FileManager.default.fileExists(atPath: setup.cacheFile.path)) }
        }
        #expect(screens[0] == screens[1])
    }
}
