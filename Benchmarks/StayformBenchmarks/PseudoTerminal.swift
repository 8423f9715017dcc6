import Glibc

/// A program running on its own pseudo-terminal, as if in a terminal window: the benchmark
/// writes keys to the terminal's master side and reads back what the program draws.
///
/// The child is started with `posix_spawn` (no `fork` in Swift): it becomes a session leader
/// (`POSIX_SPAWN_SETSID`) and opens the terminal's slave side as its standard input, output and
/// error, which makes that terminal its controlling terminal.
///
///     let terminal = try PseudoTerminal(
///         executable: "/usr/bin/stayform", arguments: [], environment: ["TERM": "xterm-256color"],
///         columns: 100, rows: 30)
///     _ = terminal.read(until: .milliseconds(200), limit: .seconds(10))   // the first screen
///     terminal.write(Array("a".utf8))
///     let response = terminal.read(until: .milliseconds(15), limit: .seconds(2))
final class PseudoTerminal {
    /// Why the program could not be started on a pseudo-terminal.
    struct StartError: Error, CustomStringConvertible {
        let description: String
    }

    /// What the program wrote after one write of ours.
    struct Response {
        var bytes: [UInt8]
        /// From the write to the first byte back; `nil` when nothing came.
        var firstByte: Duration?
        /// From the write to the last byte before the silence: when the screen settled.
        var lastByte: Duration?
    }

    let processID: pid_t
    private let master: Int32
    private var exited = false
    private let clock = ContinuousClock()

    /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension Swift does not import).
    private static let spawnSetSID: Int32 = 0x80

    init(
        executable: String, arguments: [String], environment: [String: String], columns: UInt16, rows: UInt16
    ) throws(StartError) {
        let functions = try PseudoTerminalFunctions.load()
        let master = functions.openMaster(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw StartError(description: "posix_openpt failed: errno \(errno)") }
        var name = [CChar](repeating: 0, count: 128)
        guard functions.grant(master) == 0, functions.unlock(master) == 0,
            functions.slaveName(master, &name, name.count) == 0
        else {
            close(master)
            throw StartError(description: "cannot prepare the pseudo-terminal: errno \(errno)")
        }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            close(master)
            throw StartError(description: "cannot set the window size: errno \(errno)")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | PseudoTerminal.spawnSetSID))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw StartError(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        self.master = master
        processID = pid
    }

    deinit {
        if !exited {
            kill(processID, SIGKILL)
            reap()
        }
        close(master)
    }

    /// Writes `bytes` to the program, as typed keys.
    func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Reads what the program writes until `silence` passes without a byte, or `limit` passes
    /// without any, or the program closes the terminal. `firstByte` is timed from `since`
    /// (default: now — call right after `write`).
    func read(until silence: Duration, limit: Duration, since start: ContinuousClock.Instant? = nil) -> Response {
        let start = start ?? clock.now
        var response = Response(bytes: [], firstByte: nil, lastByte: nil)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let waited = start.duration(to: clock.now)
            let timeout = response.firstByte == nil ? limit - waited : silence
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(max(0, PseudoTerminal.milliseconds(timeout))))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return response }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { return response }  // EIO: the program closed the terminal
            let now = start.duration(to: clock.now)
            if response.firstByte == nil { response.firstByte = now }
            response.lastByte = now
            response.bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// Waits up to `timeout` for the program to exit (reading what it still draws), then kills
    /// it; returns its exit status, or 128 + the signal that ended it.
    func waitForExit(timeout: Duration) -> Int32 {
        let deadline = clock.now + timeout
        while clock.now < deadline {
            var status: Int32 = 0
            let done = waitpid(processID, &status, WNOHANG)
            if done == processID {
                exited = true
                return PseudoTerminal.exitStatus(status)
            }
            _ = read(until: .milliseconds(20), limit: .milliseconds(20))
        }
        kill(processID, SIGKILL)
        return reap()
    }

    @discardableResult
    private func reap() -> Int32 {
        var status: Int32 = 0
        while waitpid(processID, &status, 0) < 0, errno == EINTR {}
        exited = true
        return PseudoTerminal.exitStatus(status)
    }

    private static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
