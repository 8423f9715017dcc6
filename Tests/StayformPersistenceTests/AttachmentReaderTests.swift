import Crypto
import Foundation
import StayformCore
import StayformPersistence
import SystemPackage
import Testing

/// Reading attached files: kind and pixel size from the content, size, a streamed SHA-256 that
/// matches hashing all the bytes, and problems recorded rather than thrown.
@Suite final class AttachmentReaderTests {
    let directory: FilePath

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("attachment-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        directory = FilePath(url.path)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory.string)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> FilePath {
        let path = directory.appending(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path.string))
        return path
    }

    /// `digest` as lowercase hex, as the reader records it.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// A PNG header (signature and IHDR) of `width`×`height`, padded with `padding` bytes.
    static func png(width: UInt32, height: UInt32, padding: Int = 0) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        for value in [width, height] { bytes += withUnsafeBytes(of: value.bigEndian) { Array($0) } }
        bytes += [8, 2, 0, 0, 0, 0, 0, 0, 0]
        return bytes + [UInt8](repeating: 0, count: padding)
    }

    @Test(arguments: [
        ("photo.jpg", png(width: 400, height: 600), AttachmentKind.png, PixelSize(width: 400, height: 600)),
        ("scan.pdf", Array("%PDF-1.7\n%stayform\n".utf8), .pdf, nil),
        ("photo.png", [0, 0, 0, 24] + Array("ftypheic".utf8) + [UInt8](repeating: 0, count: 16), .heif, nil),
        ("letter.pdf", [0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 60), .executable(.elf), nil),
        ("big.png", png(width: 2000, height: 3000, padding: 700_000), .png, PixelSize(width: 2000, height: 3000)),
    ] as [(String, [UInt8], AttachmentKind, PixelSize?)])
    func readsKindSizeAndDigestFromTheContent(name: String, bytes: [UInt8], kind: AttachmentKind, pixels: PixelSize?) throws {
        let path = try write(name, bytes)
        let facts = AttachmentReader(headerLength: 4096).read(path)
        #expect(facts.isReadable)
        #expect(facts.size == bytes.count)
        #expect(facts.kind == kind)
        #expect(facts.pixelSize == pixels)
        #expect(facts.sha256 == Self.hex(SHA256.hash(data: bytes)))
    }

    /// FIPS 180-4 example vectors, and a file of several read chunks.
    @Test func theDigestIsSHA256() throws {
        let abc = AttachmentReader().read(try write("abc.txt", Array("abc".utf8)))
        #expect(abc.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let million = AttachmentReader().read(try write("a.txt", [UInt8](repeating: 0x61, count: 1_000_000)))
        #expect(million.sha256 == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aFileOverTheHashLimitIsSizedButNotHashed() throws {
        let bytes = Self.png(width: 10, height: 10, padding: 300_000)
        let path = try write("huge.png", bytes)
        let facts = AttachmentReader(hashLimit: 100_000).read(path)
        #expect(facts.isReadable && facts.size == bytes.count && facts.kind == .png && facts.sha256 == nil)
    }

    @Test func problemsAreRecordedAndNamed() throws {
        let missing = AttachmentReader().read(directory.appending("missing.pdf"))
        #expect(!missing.isReadable && missing.problem == "there is no such file")
        let folder = AttachmentReader().read(directory)
        #expect(!folder.isReadable && folder.problem == "it is a folder, not a file")
    }

    @Test func relativePathsAreReadFromTheDraftsFolder() throws {
        let bytes = Array("%PDF-1.4\n".utf8)
        _ = try write("scan.pdf", bytes)
        var draft = Draft(pack: FormPack(id: "p", title: LocalizedText(english: "P"), edition: "1", sections: []))
        draft.attachments["passport"] = [Attachment(path: "scan.pdf", size: 9, detectedType: "application/pdf", sha256: "")]
        let facts = AttachmentReader().facts(forAttachmentsOf: draft, relativeTo: directory)
        #expect(facts["scan.pdf"]?.kind == .pdf)
        #expect(facts["scan.pdf"]?.sha256 == Self.hex(SHA256.hash(data: bytes)))
    }
}
