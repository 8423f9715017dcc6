import FoundationEssentials

/// Where stayform keeps the user's files, following the XDG base directory specification.
///
///     let paths = StayformPaths(environment: ["HOME": "/home/ana"])
///     paths.defaultDraft.path   // "/home/ana/.local/share/stayform/drafts/default.json"
public struct StayformPaths: Sendable {
    /// `$XDG_DATA_HOME/stayform` (`~/.local/share/stayform` when unset).
    public let dataDirectory: URL
    /// `$XDG_CONFIG_HOME/stayform` (`~/.config/stayform` when unset).
    public let configDirectory: URL
    /// `$XDG_CACHE_HOME/stayform` (`~/.cache/stayform` when unset): parsed form packs
    /// (`FormPackCache`), which may be deleted at any time.
    public let cacheDirectory: URL

    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.homeDirectoryForCurrentUser.path
        func base(_ variable: String, _ fallback: String) -> URL {
            // The XDG specification says relative paths are invalid and must be ignored.
            if let value = environment[variable], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
        }
        dataDirectory = base("XDG_DATA_HOME", ".local/share").appendingPathComponent("stayform", isDirectory: true)
        configDirectory = base("XDG_CONFIG_HOME", ".config").appendingPathComponent("stayform", isDirectory: true)
        cacheDirectory = base("XDG_CACHE_HOME", ".cache").appendingPathComponent("stayform", isDirectory: true)
    }

    /// Where F4 writes screen snapshots.
    public var snapshotsDirectory: URL {
        dataDirectory.appendingPathComponent("snapshots", isDirectory: true)
    }

    /// The draft opened when no `--draft` is given.
    public var defaultDraft: URL {
        dataDirectory.appendingPathComponent("drafts/default.json")
    }
}
