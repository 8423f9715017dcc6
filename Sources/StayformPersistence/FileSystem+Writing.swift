import SystemPackage

extension FileSystem {
    /// Creates `path` exclusively (0600; fails if anything, even a symbolic link, is there),
    /// writes `bytes` and flushes them to disk; on failure removes what it created.
    ///
    ///     try fileSystem.writeNewFile("ana.md", bytes: Array(text.utf8))
    func writeNewFile(_ path: FilePath, bytes: [UInt8]) throws(Errno) {
        let descriptor = try open(
            path, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec], permissions: [.ownerReadWrite])
        do {
            try writeAll(bytes, to: descriptor)
            try synchronize(descriptor)
            try close(descriptor)
        } catch {
            try? close(descriptor)
            try? remove(path)
            throw error
        }
    }

    /// Replaces `path` with a complete file holding `bytes`: written to `temporary` (a new
    /// file beside it, see `writeNewFile`), then renamed over `path`, so that readers see the
    /// old file or the new one, never half of one. A symbolic link at `path` is replaced, not
    /// followed.
    ///
    ///     try fileSystem.replaceFile("a.cache", with: bytes, through: ".a.cache.tmp")
    func replaceFile(_ path: FilePath, with bytes: [UInt8], through temporary: FilePath) throws(Errno) {
        try writeNewFile(temporary, bytes: bytes)
        do {
            try rename(temporary, to: path)
        } catch {
            try? remove(temporary)
            throw error
        }
    }
}
