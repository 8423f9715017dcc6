import Glibc

/// The C library's pseudo-terminal functions (`posix_openpt`, `grantpt`, `unlockpt`,
/// `ptsname_r`), looked up at run time: Swift's Glibc module leaves them out, since they are
/// declared only for `_XOPEN_SOURCE`/`_GNU_SOURCE` builds.
struct PseudoTerminalFunctions {
    var openMaster: @convention(c) (Int32) -> Int32
    var grant: @convention(c) (Int32) -> Int32
    var unlock: @convention(c) (Int32) -> Int32
    var slaveName: @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    static func load() throws(PseudoTerminal.StartError) -> PseudoTerminalFunctions {
        // RTLD_DEFAULT: search the libraries already loaded, libc among them.
        let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
        func symbol(_ name: String) throws(PseudoTerminal.StartError) -> UnsafeMutableRawPointer {
            guard let address = dlsym(everywhere, name) else {
                throw PseudoTerminal.StartError(description: "the C library has no \(name)")
            }
            return address
        }
        return PseudoTerminalFunctions(
            openMaster: unsafeBitCast(try symbol("posix_openpt"), to: (@convention(c) (Int32) -> Int32).self),
            grant: unsafeBitCast(try symbol("grantpt"), to: (@convention(c) (Int32) -> Int32).self),
            unlock: unsafeBitCast(try symbol("unlockpt"), to: (@convention(c) (Int32) -> Int32).self),
            slaveName: unsafeBitCast(
                try symbol("ptsname_r"), to: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self))
    }
}
