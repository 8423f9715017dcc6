import Foundation
import Glibc
import PropertyBased
import StayformCore
@testable import StayformPersistence
import SystemPackage
import Testing
import TestSupport

/// Random damage to drafts, packs and themes, and special files and sizes in their place:
/// every load answers (a value or a message naming the file), never hangs, never traps, and
/// never reads more than its kind's limit.
///
/// `make test` runs a bounded number of rounds; `make fuzz` runs many more
/// (`STAYFORM_FUZZ_ROUNDS`, and `STAYFORM_FUZZ_SEED` to replay a failure: the seed is in every
/// failure message).
@Suite struct HostileInputFuzzTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["STAYFORM_FUZZ_ROUNDS"] ?? "") ?? 300
    static let seed = UInt64(ProcessInfo.processInfo.environment["STAYFORM_FUZZ_SEED"] ?? "")
        ?? UInt64.random(in: 0...UInt64.max)

    /// A draft as stayform writes it, to damage.
    static let draftText = String(decoding: DraftsFixtures.filledDraft().fileText(), as: UTF8.self)
    static let packText = FormPackFixtures.minimal
    static let themeText = """
        name: fuzz
        summary: A theme to damage.
        styles:
          normal: { fg: default, bg: default }
          title: { fg: blue, bg: bright-white, bold: true }
        """

    /// Pieces that have broken readers before, or could.
    static let hostilePieces: [String] = [
        "\u{FEFF}", "\\ud800", "\\udc00", "\\ud83d\\ude00", "1e309", "-1e400", "1e-400", "\u{1B}[2J", "\u{9B}",
        "\u{202E}", "\u{0}", "\"", "\\", "{", "}", "[", "]", ",", ":", "&a", "*a", "!!binary", "? ", "- ", "\t",
        "\r\n", String(repeating: "\u{301}", count: 9_000), String(repeating: "A", count: 20_000),
        String(repeating: "[", count: 300), "\"formatVersion\": 1, \"formatVersion\": 2,", "%YAML 1.2\n---\n",
    ]

    /// A deterministic generator, so a seed replays a failure exactly.
    typealias Random = Xoshiro

    static func random() -> Random { Xoshiro(seed: (seed, ~seed, seed &* 31, 1)) }

    /// `text` with a few random cuts, flips, deletions and hostile insertions.
    static func damaged(_ text: String, using random: inout Random) -> [UInt8] {
        var bytes = Array(text.utf8)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes.insert(contentsOf: hostilePieces.randomElement(using: &random)!.utf8, at: at)
            case 1 where at < bytes.count: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            case 3: bytes = Array(bytes[..<at])
            default: bytes.insert(contentsOf: bytes[..<at].suffix(30), at: at)
            }
        }
        return bytes
    }

    /// A special file or size where a file of `kind` is expected, at `path`.
    static func makeSpecial(at path: FilePath, kind: ReadKind, using random: inout Random) throws -> String {
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            try #require(mkfifo(path.string, 0o600) == 0)
            return "a named pipe"
        case 1:
            try #require(symlink(["/dev/zero", "/dev/urandom", "/dev/null"].randomElement(using: &random)!, path.string) == 0)
            return "a device"
        case 2:
            try FileManager.default.createDirectory(atPath: path.string, withIntermediateDirectories: false)
            return "a folder"
        case 3:
            try #require(symlink(path.string, path.string) == 0)
            return "symbolic link"
        default:
            // Sparse: over the limit without writing it.
            let descriptor = try FileDescriptor.open(path, .writeOnly, options: [.create], permissions: [.ownerReadWrite])
            defer { try? descriptor.close() }
            try #require(ftruncate(descriptor.rawValue, off_t(kind.limit + 1)) == 0)
            return "larger than"
        }
    }

    @Test func damagedDraftsPacksAndThemesAlwaysAnswerWithAMessageNamingTheFile() throws {
        var random = Self.random()
        let directory = DraftTestDirectory()
        try directory.write([], to: directory.file(".made"))
        for round in 0..<Self.rounds {
            let context = "seed \(Self.seed), round \(round)"
            let draftPath = directory.file("draft-\(round).json")
            try directory.write(Self.damaged(Self.draftText, using: &random), to: draftPath)
            var draft = DraftFile(path: draftPath)
            do {
                _ = try draft.load(formID: nil)
            } catch {
                #expect(error.path == draftPath.string, "\(context)")
                #expect(error.message.utf8.count < 2_000, "\(context): \(error.message.prefix(200))")
            }

            let packPath = directory.file("pack-\(round).yaml")
            try directory.write(Self.damaged(Self.packText, using: &random), to: packPath)
            if case .failure(let problems) = FormPackLoader.validate(contentsOf: URL(fileURLWithPath: packPath.string)) {
                #expect(problems.errors.allSatisfy { $0.path == packPath.string }, "\(context)")
            }

            let themePath = directory.file("fuzz-\(round).yaml")
            try directory.write(Self.damaged(Self.themeText, using: &random), to: themePath)
            do {
                _ = try ThemeLoader.load(contentsOf: URL(fileURLWithPath: themePath.string))
            } catch {
                #expect(error.path == themePath.string, "\(context)")
            }
        }
    }

    @Test func specialFilesAndSizesInPlaceOfADraftAPackOrAThemeAreRefusedAtOnce() throws {
        var random = Self.random()
        let directory = DraftTestDirectory()
        try directory.write([], to: directory.file(".made"))
        for round in 0..<max(10, Self.rounds / 5) {
            let context = "seed \(Self.seed), round \(round)"
            let draftPath = directory.file("special-\(round).json")
            let draftSays = try Self.makeSpecial(at: draftPath, kind: .draft, using: &random)
            var draft = DraftFile(path: draftPath)
            let draftError = try #require(throws: LoadError.self, "\(context)") { try draft.load(formID: nil) }
            #expect(draftError.message.contains(draftSays) || draftSays == "symbolic link", "\(context): \(draftError)")

            let packPath = directory.file("special-\(round).yaml")
            let packSays = try Self.makeSpecial(at: packPath, kind: .formPack, using: &random)
            guard case .failure(let problems) = FormPackLoader.validate(contentsOf: URL(fileURLWithPath: packPath.string)) else {
                Issue.record("\(context): \(packSays) loaded as a pack")
                continue
            }
            #expect(problems.errors.count == 1 && problems.errors[0].path == packPath.string, "\(context)")

            let themePath = directory.file("theme-\(round).yaml")
            let themeSays = try Self.makeSpecial(at: themePath, kind: .theme, using: &random)
            let themeError = try #require(throws: LoadError.self, "\(context)") {
                try ThemeLoader.load(contentsOf: URL(fileURLWithPath: themePath.string))
            }
            #expect(themeError.message.contains(themeSays) || themeSays == "symbolic link", "\(context): \(themeError)")
        }
    }
}
