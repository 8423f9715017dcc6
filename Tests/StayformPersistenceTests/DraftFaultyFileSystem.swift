import Foundation
import StayformPersistence
import Synchronization
import SystemPackage

/// The real file system, except that chosen operations on chosen paths fail with a chosen errno.
final class DraftFaultyFileSystem: FileSystem {
    enum Operation: Hashable, Sendable {
        case open, readAll, writeAll, truncate, synchronize, close, status, rename, link, remove, entries, createDirectory, lock
    }

    struct Fault: Sendable {
        var operation: Operation
        var errno: Errno
        /// The fault applies when a path involved ends with this.
        var pathSuffix: String
        var remaining: Int
    }

    private let real = POSIXFileSystem()
    private let state = Mutex<(faults: [Fault], paths: [CInt: FilePath], calls: [Operation: Int])>(([], [:], [:]))

    /// Makes `operation` on a path ending in `pathSuffix` fail with `errno`, `times` times.
    func fail(_ operation: Operation, with errno: Errno, pathSuffix: String = "", times: Int = .max) {
        state.withLock { $0.faults.append(Fault(operation: operation, errno: errno, pathSuffix: pathSuffix, remaining: times)) }
    }

    func healAll() { state.withLock { $0.faults.removeAll() } }

    /// Makes every write take this long, to hold a save in progress.
    func slowDownWrites(by delay: Duration) { writeDelay.withLock { $0 = delay } }
    private let writeDelay = Mutex<Duration>(.zero)

    func calls(_ operation: Operation) -> Int { state.withLock { $0.calls[operation] ?? 0 } }

    private func check(_ operation: Operation, _ paths: [FilePath?]) throws(Errno) {
        let failure: Errno? = state.withLock { state in
            state.calls[operation, default: 0] += 1
            for index in state.faults.indices where state.faults[index].operation == operation && state.faults[index].remaining > 0 {
                let suffix = state.faults[index].pathSuffix
                if paths.contains(where: { $0?.string.hasSuffix(suffix) ?? suffix.isEmpty }) {
                    state.faults[index].remaining -= 1
                    return state.faults[index].errno
                }
            }
            return nil
        }
        if let failure { throw failure }
    }

    private func path(of descriptor: FileDescriptor) -> FilePath? {
        state.withLock { $0.paths[descriptor.rawValue] }
    }

    func open(
        _ path: FilePath, _ mode: FileDescriptor.AccessMode, options: FileDescriptor.OpenOptions,
        permissions: FilePermissions?
    ) throws(Errno) -> FileDescriptor {
        try check(.open, [path])
        let descriptor = try real.open(path, mode, options: options, permissions: permissions)
        state.withLock { $0.paths[descriptor.rawValue] = path }
        return descriptor
    }

    func read(_ descriptor: FileDescriptor, atMost limit: Int) throws(Errno) -> [UInt8] {
        try check(.readAll, [path(of: descriptor)])
        return try real.read(descriptor, atMost: limit)
    }

    func writeAll(_ bytes: [UInt8], to descriptor: FileDescriptor) throws(Errno) {
        try check(.writeAll, [path(of: descriptor)])
        let delay = writeDelay.withLock { $0 }
        if delay > .zero { Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18 + Double(delay.components.seconds)) }
        try real.writeAll(bytes, to: descriptor)
    }

    func truncate(_ descriptor: FileDescriptor) throws(Errno) {
        try check(.truncate, [path(of: descriptor)])
        try real.truncate(descriptor)
    }

    func synchronize(_ descriptor: FileDescriptor) throws(Errno) {
        try check(.synchronize, [path(of: descriptor)])
        try real.synchronize(descriptor)
    }

    func close(_ descriptor: FileDescriptor) throws(Errno) {
        let path = path(of: descriptor)
        state.withLock { _ = $0.paths.removeValue(forKey: descriptor.rawValue) }
        do {
            try check(.close, [path])
        } catch {
            try? real.close(descriptor)
            throw error
        }
        try real.close(descriptor)
    }

    func status(of descriptor: FileDescriptor) throws(Errno) -> FileStatus {
        try check(.status, [path(of: descriptor)])
        return try real.status(of: descriptor)
    }

    func status(at path: FilePath) throws(Errno) -> FileStatus {
        try check(.status, [path])
        return try real.status(at: path)
    }

    func linkStatus(at path: FilePath) throws(Errno) -> FileStatus {
        try check(.status, [path])
        return try real.linkStatus(at: path)
    }

    func resolvingLinks(_ path: FilePath) throws(Errno) -> FilePath {
        try check(.status, [path])
        return try real.resolvingLinks(path)
    }

    func rename(_ source: FilePath, to destination: FilePath) throws(Errno) {
        try check(.rename, [destination])
        try real.rename(source, to: destination)
    }

    func link(_ source: FilePath, to destination: FilePath) throws(Errno) {
        try check(.link, [source])
        try real.link(source, to: destination)
    }

    func remove(_ path: FilePath) throws(Errno) {
        try check(.remove, [path])
        try real.remove(path)
    }

    func entries(of directory: FilePath) throws(Errno) -> [String] {
        try check(.entries, [directory])
        return try real.entries(of: directory)
    }

    func createDirectory(_ path: FilePath, permissions: FilePermissions) throws(Errno) {
        try check(.createDirectory, [path])
        try real.createDirectory(path, permissions: permissions)
    }

    func lockExclusively(_ descriptor: FileDescriptor) throws(Errno) -> Bool {
        try check(.lock, [path(of: descriptor)])
        return try real.lockExclusively(descriptor)
    }
}

/// A fresh temporary folder for one test, removed when the test ends.
final class DraftTestDirectory: Sendable {
    let path: FilePath

    init() {
        let base = FileManager.default.temporaryDirectory.path
        path = FilePath(base).appending("stayform-draft-tests-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(atPath: path.string) }

    func file(_ name: String) -> FilePath { path.appending(name) }

    /// Names in the folder, sorted.
    func listing(_ directory: FilePath? = nil) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: (directory ?? path).string)) ?? []).sorted()
    }

    func bytes(_ file: FilePath) -> [UInt8]? {
        FileManager.default.contents(atPath: file.string).map(Array.init)
    }

    func write(_ bytes: [UInt8], to file: FilePath) throws {
        try FileManager.default.createDirectory(atPath: path.string, withIntermediateDirectories: true)
        let system = POSIXFileSystem()
        let descriptor = try system.open(file, .writeOnly, options: [.create, .truncate], permissions: [.ownerReadWrite])
        try system.writeAll(bytes, to: descriptor)
        try system.close(descriptor)
    }

    func permissions(_ file: FilePath) throws -> FilePermissions {
        try POSIXFileSystem().status(at: file).permissions
    }
}
