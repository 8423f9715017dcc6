import Foundation
import Glibc
import PropertyBased
import StayformCore
import SystemPackage
import Testing

@testable import StayformPersistence

/// `FormPackCache`: a load through the cache returns exactly what parsing returns, takes the
/// pack from the cache only for the same bytes and the same program, ignores every damaged or
/// suspicious cache file (and writes a good one), never caches problems, and keeps its files
/// private.
@Suite final class FormPackCacheTests {
    let folder: FilePath
    let cacheDirectory: FilePath
    let cache: FormPackCache

    init() throws {
        folder = FilePath(FileManager.default.temporaryDirectory.path).appending("pack-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder.string, withIntermediateDirectories: true)
        cacheDirectory = folder.appending("cache/stayform")
        cache = FormPackCache(directory: cacheDirectory, program: Array("this build".utf8))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder.string)
    }

    /// Writes `text` as the pack file `name` in the test's folder.
    func packFile(_ text: String = FormPackFixtures.minimal, name: String = "demo.yaml") throws -> URL {
        let url = URL(fileURLWithPath: folder.appending(name).string)
        try Data(text.utf8).write(to: url)
        return url
    }

    func cacheFile(_ name: String = "demo") -> FilePath { cacheDirectory.appending("\(name).cache") }

    func status(_ path: FilePath) throws -> FileStatus { try POSIXFileSystem().linkStatus(at: path) }

    func bytes(of url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

    /// A pack that parsing `url` could never give: it shows that a load came from the cache.
    func marked(_ pack: FormPack) -> FormPack {
        var marked = pack
        marked.title = LocalizedText(english: "from the cache")
        return marked
    }

    @Test(arguments: FormPackFixtures.shippedPackURLs)
    func aCachedLoadEqualsAParsedLoad(of url: URL) throws {
        let parsed = try FormPackLoader.load(contentsOf: url)
        let first = try FormPackLoader.load(contentsOf: url, cache: cache)
        let name = url.deletingPathExtension().lastPathComponent
        let written = try status(cacheFile(name))
        let second = try FormPackLoader.load(contentsOf: url, cache: cache)
        #expect(first == parsed)
        #expect(second == parsed)
        // The second load read the file the first wrote and did not write it again.
        #expect(try status(cacheFile(name)) == written)
        #expect(cache.pack(for: FilePath(url.path), contents: try bytes(of: url)) == parsed)
    }

    @Test func aPackIsTakenFromTheCacheForTheSameBytesOnly() throws {
        let url = try packFile()
        let parsed = try FormPackLoader.load(contentsOf: url)
        cache.store(marked(parsed), for: FilePath(url.path), contents: try bytes(of: url))
        #expect(try FormPackLoader.load(contentsOf: url, cache: cache) == marked(parsed))

        // One byte changed: parsed again, the change shows, and the cache holds the new parse.
        let changed = try #require(FormPackFixtures.minimal(replacing: "title: { en: Demo,", with: "title: { en: Demi,"))
        _ = try packFile(changed)
        let reloaded = try FormPackLoader.load(contentsOf: url, cache: cache)
        #expect(reloaded.title.resolved() == "Demi")
        #expect(reloaded == (try FormPackLoader.load(contentsOf: url)))
        #expect(cache.pack(for: FilePath(url.path), contents: try bytes(of: url)) == reloaded)
    }

    @Test func anotherBuildOfTheProgramNeverUsesTheCache() throws {
        let url = try packFile()
        let parsed = try FormPackLoader.load(contentsOf: url)
        cache.store(marked(parsed), for: FilePath(url.path), contents: try bytes(of: url))
        let newer = FormPackCache(directory: cacheDirectory, program: Array("a newer build".utf8))
        #expect(try FormPackLoader.load(contentsOf: url, cache: newer) == parsed)
        #expect(newer.pack(for: FilePath(url.path), contents: try bytes(of: url)) == parsed)
    }

    @Test func theRunningProgramIsIdentifiedByItsExecutable() throws {
        let identity = try #require(FormPackCache.programIdentity(fileSystem: POSIXFileSystem()))
        let executable = try POSIXFileSystem().status(at: "/proc/self/exe")
        let text = String(decoding: identity, as: UTF8.self)
        #expect(text.contains("\(executable.inode)") && text.contains("\(executable.modificationNanoseconds)"))
        #expect(FormPackCache(directory: cacheDirectory) != nil)
    }

    @Test func filesArePrivate() throws {
        let url = try packFile()
        _ = try FormPackLoader.load(contentsOf: url, cache: cache)
        #expect(try status(cacheFile()).permissions == [.ownerReadWrite])
        #expect(try status(cacheFile()).type == .regular)
        #expect(try status(cacheDirectory).permissions == [.ownerReadWriteExecute])
        #expect(try status(cacheDirectory.removingLastComponent()).permissions == [.ownerReadWriteExecute])
        #expect(try POSIXFileSystem().entries(of: cacheDirectory) == ["demo.cache"])
    }

    /// Ways a cache file can be bad, each applied to a good cache file of `demo.yaml`.
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case empty, truncatedHeader, truncatedPayload, flippedPayloadByte, flippedKeyByte, wrongMagic
        case garbage, tooLarge, groupWritable

        var testDescription: String { rawValue }

        func apply(to path: FilePath) throws {
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path.string)))
            let header = FormPackCache.magic.count + 64
            switch self {
            case .empty: bytes = []
            case .truncatedHeader: bytes = Array(bytes.prefix(header - 1))
            case .truncatedPayload: bytes.removeLast()
            case .flippedPayloadByte:
                // A letter of a text: the payload still decodes, to another pack.
                let title = Array("from the cache".utf8)
                let at = try #require((header..<(bytes.count - title.count)).first { bytes[$0..<($0 + title.count)].elementsEqual(title) })
                bytes[at] = UInt8(ascii: "g")
            case .flippedKeyByte: bytes[FormPackCache.magic.count + 3] ^= 0x80
            case .wrongMagic: bytes[0] = UInt8(ascii: "S")
            case .garbage: bytes = Array(repeating: 0xFF, count: bytes.count)
            case .tooLarge, .groupWritable: break
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path.string))
            if self == .tooLarge { #expect(truncate(path.string, off_t(ReadKind.formPack.limit + 1)) == 0) }
            if self == .groupWritable {
                #expect(chmod(path.string, 0o620) == 0)
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedCacheFileIsIgnoredAndRewritten(damage: Damage) throws {
        let url = try packFile()
        let parsed = try FormPackLoader.load(contentsOf: url)
        cache.store(marked(parsed), for: FilePath(url.path), contents: try bytes(of: url))
        try damage.apply(to: cacheFile())
        #expect(try FormPackLoader.load(contentsOf: url, cache: cache) == parsed)
        // Written again, whole and private.
        #expect(cache.pack(for: FilePath(url.path), contents: try bytes(of: url)) == parsed)
        #expect(try status(cacheFile()).permissions == [.ownerReadWrite])
    }

    @Test func aSymbolicLinkInPlaceOfTheCacheFileIsNotFollowed() throws {
        let url = try packFile()
        let parsed = try FormPackLoader.load(contentsOf: url)
        let elsewhere = folder.appending("elsewhere.cache")
        let other = FormPackCache(directory: folder, program: Array("this build".utf8))
        other.store(marked(parsed), for: folder.appending("elsewhere.yaml"), contents: try bytes(of: url))
        let target = try Data(contentsOf: URL(fileURLWithPath: elsewhere.string))
        try DraftFile.createPrivateDirectory(cacheDirectory, fileSystem: POSIXFileSystem())
        #expect(symlink(elsewhere.string, cacheFile().string) == 0)

        #expect(try FormPackLoader.load(contentsOf: url, cache: cache) == parsed)
        // The link was replaced by a cache file of its own; what it pointed at is untouched.
        #expect(try status(cacheFile()).type == .regular)
        #expect(try Data(contentsOf: URL(fileURLWithPath: elsewhere.string)) == target)
    }

    @Test func aFolderOrPipeInPlaceOfTheCacheFileIsIgnored() throws {
        let url = try packFile()
        let parsed = try FormPackLoader.load(contentsOf: url)
        try DraftFile.createPrivateDirectory(cacheDirectory, fileSystem: POSIXFileSystem())
        #expect(mkdir(cacheFile().string, 0o700) == 0)
        #expect(try FormPackLoader.load(contentsOf: url, cache: cache) == parsed)
        #expect(try status(cacheFile()).type == .directory)

        #expect(rmdir(cacheFile().string) == 0)
        #expect(mkfifo(cacheFile().string, 0o600) == 0)
        // A pipe with no writer: opened without waiting, and replaced by a cache file.
        #expect(try FormPackLoader.load(contentsOf: url, cache: cache) == parsed)
        #expect(try status(cacheFile()).type == .regular)
    }

    @Test func aCacheFolderThatIsALinkOrOpenToOthersIsNeitherReadNorWritten() throws {
        let url = try packFile()
        let parsed = try FormPackLoader.load(contentsOf: url)
        let real = folder.appending("real")
        try DraftFile.createPrivateDirectory(real, fileSystem: POSIXFileSystem())
        try DraftFile.createPrivateDirectory(cacheDirectory.removingLastComponent(), fileSystem: POSIXFileSystem())
        #expect(symlink(real.string, cacheDirectory.string) == 0)
        #expect(try FormPackLoader.load(contentsOf: url, cache: cache) == parsed)
        #expect(try POSIXFileSystem().entries(of: real).isEmpty)

        #expect(unlink(cacheDirectory.string) == 0)
        #expect(mkdir(cacheDirectory.string, 0o777) == 0)
        #expect(chmod(cacheDirectory.string, 0o777) == 0)
        #expect(try FormPackLoader.load(contentsOf: url, cache: cache) == parsed)
        #expect(try POSIXFileSystem().entries(of: cacheDirectory).isEmpty)
    }

    @Test func aPackWithProblemsIsNeverCachedAndSaysTheSame() throws {
        let broken = try #require(FormPackFixtures.minimal(replacing: "type: person-name", with: "type: nonsense"))
        let url = try packFile(broken)
        let expected = try #require(throwing(try FormPackLoader.load(contentsOf: url)))
        for _ in 0..<2 {
            let error = try #require(throwing(try FormPackLoader.load(contentsOf: url, cache: cache)))
            #expect(error.description == expected.description)
        }
        #expect((try? POSIXFileSystem().entries(of: cacheDirectory))?.isEmpty ?? true)
    }

    @Test(arguments: ["missing.yaml", "binary.yaml"])
    func anUnreadablePackSaysTheSameWithTheCache(name: String) throws {
        if name == "binary.yaml" { try Data([0x66, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: folder.appending(name).string)) }
        let url = URL(fileURLWithPath: folder.appending(name).string)
        let expected = try #require(throwing(try FormPackLoader.load(contentsOf: url)))
        let error = try #require(throwing(try FormPackLoader.load(contentsOf: url, cache: cache)))
        #expect(error.description == expected.description)
        #expect(expected.description == FormPackLoader.review(contentsOf: url).result.failureDescription)
    }

    @Test func aFileNameThatIsNotAPackIDIsNotCached() throws {
        let url = try packFile(name: "My Pack.yaml")
        #expect(try FormPackLoader.load(contentsOf: url, cache: cache) == (try FormPackLoader.load(contentsOf: url)))
        #expect((try? POSIXFileSystem().entries(of: cacheDirectory))?.isEmpty ?? true)
    }

    @Test(arguments: [
        (DraftFaultyFileSystem.Operation.createDirectory, Errno.permissionDenied),
        (.open, .readOnlyFileSystem), (.writeAll, .noSpace), (.synchronize, .ioError), (.rename, .noSpace),
    ])
    func aCacheThatCannotBeWrittenIsIgnored(operation: DraftFaultyFileSystem.Operation, errno: Errno) throws {
        let url = try packFile()
        let fileSystem = DraftFaultyFileSystem()
        let failing = FormPackCache(directory: cacheDirectory, program: Array("this build".utf8), fileSystem: fileSystem)
        // Renames are matched by their destination, the other operations by the temporary file.
        let suffix = [.createDirectory: "", .rename: ".cache"][operation] ?? ".tmp"
        fileSystem.fail(operation, with: errno, pathSuffix: suffix)
        #expect(try FormPackLoader.load(contentsOf: url, cache: failing) == (try FormPackLoader.load(contentsOf: url)))
        // No cache file and no temporary file left behind.
        let left = (try? POSIXFileSystem().entries(of: cacheDirectory)) ?? []
        #expect(left.isEmpty, "\(left)")
    }

    @Test func anyTruncationOfACacheFileIsIgnored() async throws {
        let url = try packFile()
        let parsed = try FormPackLoader.load(contentsOf: url)
        let contents = try bytes(of: url)
        cache.store(parsed, for: FilePath(url.path), contents: contents)
        let whole = try Data(contentsOf: URL(fileURLWithPath: cacheFile().string))
        // Rewritten after each load (dictionaries may be written in another order: same pack).
        let cacheURL = URL(fileURLWithPath: cacheFile().string)
        let cache = self.cache
        await propertyCheck(count: 100, input: Gen.int(in: 0...(whole.count - 1))) { length in
            // Not `try`: propertyCheck 2.0.1 drops errors thrown by the body.
            try? whole.prefix(length).write(to: cacheURL)
            #expect(cache.pack(for: FilePath(url.path), contents: contents) == nil)
            #expect((try? FormPackLoader.load(contentsOf: url, cache: cache)) == parsed)
            #expect(cache.pack(for: FilePath(url.path), contents: contents) == parsed)
        }
    }
}

/// The error `body` throws, or `nil`.
private func throwing(_ body: @autoclosure () throws(LoadError) -> FormPack) -> LoadError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

extension Result where Failure == FormPackErrors {
    /// The first problem as `load` reports it alone (without the count of others).
    fileprivate var failureDescription: String? {
        if case .failure(let problems) = self { return problems.errors.first?.description }
        return nil
    }
}
