import FoundationEssentials
import StayformPersistence
import SystemPackage

/// Paths as the user types them (a draft to open, a file to attach): `~` expanded, relative to
/// where stayform was started, and completed from what the folder holds.
enum AttachedFile {
    /// `typed` as an absolute path.
    static func absolutePath(_ typed: String, environment: [String: String]) -> String {
        var path = typed
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
            path = home + path.dropFirst()
        }
        if !path.hasPrefix("/") {
            path = FileManager.default.currentDirectoryPath + "/" + path
        }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The characters every file whose path starts with `typed` has next, when there are some;
    /// a lone folder gets its `/`.
    static func completion(of typed: String, environment: [String: String]) -> String? {
        guard !typed.isEmpty else { return nil }
        let absolute = absolutePath(typed, environment: environment)
        let endsInSlash = typed.hasSuffix("/")
        let typedPath = FilePath(absolute)
        let directory = endsInSlash ? absolute : typedPath.removingLastComponent().string
        let prefix = endsInSlash ? "" : typedPath.lastComponent?.string ?? ""
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        let matches = entries.prefix(10_000).filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }
        guard var common = matches.first else { return nil }
        for match in matches.dropFirst() {
            common = String(zip(common, match).prefix { $0 == $1 }.map(\.0))
        }
        var rest = String(common.dropFirst(prefix.count))
        if matches.count == 1 {
            let full = FilePath(directory).appending(common)
            if (try? POSIXFileSystem().status(at: full))?.type == .directory { rest += "/" }
        }
        return rest.isEmpty ? nil : rest
    }
}
