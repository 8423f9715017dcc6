import StayformCore
import SystemPackage

extension Words {
    /// A size as `ByteCount` writes it, in this language: `500 bytes`, `16 KiB`, `1.5 MiB` in
    /// English; `500 bita`, `16 KiB`, `1,5 MiB` in Indonesian.
    func size(_ bytes: Int) -> String {
        if bytes < 1024 { return self("load.size.bytes", ["count": String(bytes)]) }
        return ByteCount(bytes).description.split(separator: ".", omittingEmptySubsequences: false)
            .joined(separator: self["load.size.decimal"])
    }

    /// A system error as stayform names it: the system's own words (which have no
    /// translation) and its number, `No space left on device (errno 28)`.
    func systemError(_ errno: Errno) -> String {
        self("load.system-error", ["error": errno.description, "number": String(errno.rawValue)])
    }
}
