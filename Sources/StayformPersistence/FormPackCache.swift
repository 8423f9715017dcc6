import Crypto
import Glibc
import StayformCore
import SystemPackage

/// Parsed form packs kept between runs, so that a start does not parse the pack's YAML again
/// (`$XDG_CACHE_HOME/stayform`, else `~/.cache/stayform`). An optimisation only: whatever
/// happens to the cache, a load returns what parsing the pack file returns.
///
/// Each pack has one file, `<pack file name>.cache` (`stay-permit-extension.cache`), holding
/// the key it was written for, the SHA-256 of its payload and the payload (the pack in the
/// binary format of `PackArchiveWriter`). The key is the SHA-256 of the running program's
/// identity and of the pack file's bytes, so the cached pack is used only for the exact
/// bytes it was parsed from, by the exact program that parsed it; anything else (a changed
/// pack, another build, a damaged, truncated, oversized, linked or foreign file) is ignored
/// and the file is written again after the parse.
///
///     let cache = FormPackCache(directory: paths.cacheDirectory)
///     let pack = try FormPackLoader.load(contentsOf: url, cache: cache)
///
/// Files are 0600 in a 0700 folder, written beside and renamed into place; a folder that is a
/// symbolic link or another user's is neither read nor written. Failures to write (a read-only
/// home, a full disk) are ignored: the next start parses again.
public struct FormPackCache: Sendable {
    /// The folder of cache files.
    public let directory: FilePath
    /// What identifies the running program (see `programIdentity(fileSystem:)`).
    let program: [UInt8]
    let fileSystem: any FileSystem

    /// The cache in `directory` for the running program; `nil` when the program cannot be
    /// identified (no `/proc`), so nothing is cached.
    public init?(directory: FilePath, fileSystem: any FileSystem = POSIXFileSystem()) {
        guard let program = Self.programIdentity(fileSystem: fileSystem) else { return nil }
        self.init(directory: directory, program: program, fileSystem: fileSystem)
    }

    /// The cache in `directory` for a program identified by `program` (tests use another).
    init(directory: FilePath, program: [UInt8], fileSystem: any FileSystem = POSIXFileSystem()) {
        self.directory = directory
        self.program = program
        self.fileSystem = fileSystem
    }

    /// What changes whenever the program does: the device, inode, size and modification time
    /// of the running executable (`/proc/self/exe`), and the cache format.
    ///
    /// Not the version number: a build from changed sources keeps the version, and its model
    /// types may differ, so it must never decode another build's cache. Every build and every
    /// install writes a new executable, which changes its inode or modification time.
    static func programIdentity(fileSystem: any FileSystem) -> [UInt8]? {
        guard let status = try? fileSystem.status(at: "/proc/self/exe") else { return nil }
        let fields = [status.device, status.inode, UInt64(bitPattern: status.size),
            UInt64(bitPattern: status.modificationNanoseconds)]
        // Numbers written one by one: interpolating the array would describe it through run-time
        // conformance look-ups, a noticeable part of the start-up.
        return Array("stayform-pack-cache \(formatVersion) \(fields.map { String($0) }.joined(separator: " "))".utf8)
    }

    /// Changes whenever the layout of a cache file changes.
    static let formatVersion = 2

    /// The first bytes of every cache file.
    static let magic = Array("stayform pack cache\n".utf8)

    /// The pack that parsing `contents` (the bytes of the pack file at `packPath`) gave, if this
    /// program cached it; `nil` otherwise.
    func pack(for packPath: FilePath, contents: [UInt8]) -> FormPack? {
        guard let file = entry(for: packPath), directoryIsTrusted(),
            let bytes = try? fileSystem.readRegularFile(file, kind: .formPack, followingLinks: false),
            bytes.status.owner == geteuid(), bytes.status.permissions.isDisjoint(with: [.groupWrite, .otherWrite]),
            let payload = payload(of: bytes.bytes, key: key(for: contents))
        else { return nil }
        var archive = PackArchiveReader(payload)
        guard let pack = try? archive.read(FormPack.self), archive.isAtEnd else { return nil }
        return pack
    }

    /// Keeps `pack`, parsed from `contents` (the bytes of the pack file at `packPath`), for the
    /// next start. Failures are ignored.
    func store(_ pack: FormPack, for packPath: FilePath, contents: [UInt8]) {
        guard let file = entry(for: packPath) else { return }
        var archive = PackArchiveWriter()
        archive.write(pack)
        let payload = archive.bytes
        var bytes = Self.magic
        bytes.append(contentsOf: key(for: contents))
        bytes.append(contentsOf: SHA256.hash(data: payload))
        bytes.append(contentsOf: payload)
        guard bytes.count <= ReadKind.formPack.limit,
            (try? DraftFile.createPrivateDirectory(directory, fileSystem: fileSystem)) != nil,
            directoryIsTrusted()
        else { return }
        try? fileSystem.replaceFile(file, with: bytes, through: DraftFile.uniqueSibling(of: file, suffix: "tmp"))
    }

    /// The cache file of the pack file at `packPath`: named after it, when that name is a pack
    /// id (`stay-permit-extension.yaml` → `stay-permit-extension.cache`); `nil` for any other
    /// name, which is not cached.
    func entry(for packPath: FilePath) -> FilePath? {
        guard let stem = packPath.stem, let ext = packPath.extension, ["yaml", "yml"].contains(ext),
            PackCatalog.isPackID(stem)
        else { return nil }
        return directory.appending("\(stem).cache")
    }

    /// Whether the folder is a real folder of this user's, which no one else may write in.
    private func directoryIsTrusted() -> Bool {
        guard let status = try? fileSystem.linkStatus(at: directory) else { return false }
        return status.type == .directory && status.owner == geteuid()
            && status.permissions.isDisjoint(with: [.groupWrite, .otherWrite])
    }

    /// The key of a pack file's bytes for this program.
    private func key(for contents: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: program)
        hasher.update(data: contents)
        return Array(hasher.finalize())
    }

    /// The payload of a cache file, when the file is one written for `key` and its payload is
    /// whole (its SHA-256 matches).
    private func payload(of file: [UInt8], key: [UInt8]) -> [UInt8]? {
        let digestLength = SHA256.byteCount
        let header = Self.magic.count + key.count + digestLength
        guard file.count >= header, file.starts(with: Self.magic),
            file[Self.magic.count..<(Self.magic.count + key.count)].elementsEqual(key)
        else { return nil }
        let payload = Array(file[header...])
        guard SHA256.hash(data: payload).elementsEqual(file[(header - digestLength)..<header]) else { return nil }
        return payload
    }
}
