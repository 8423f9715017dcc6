import FoundationEssentials
import SystemPackage

/// Finds the files stayform ships beside its binary: form packs (`Forms/`) and themes
/// (`Themes/`).
///
/// Looked for, in order: `$STAYFORM_RESOURCES`; `<prefix>/share/stayform` for an installed
/// binary at `<prefix>/bin/stayform`; the nearest folder above the binary that holds both
/// `Forms/` and `Themes/` (a build inside the source tree).
public struct ResourceLocator: Sendable {
    /// The folder holding `Forms/` and `Themes/`.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The folder of shipped form packs.
    public var formsDirectory: URL { root.appendingPathComponent("Forms", isDirectory: true) }
    /// The folder of shipped themes.
    public var themesDirectory: URL { root.appendingPathComponent("Themes", isDirectory: true) }

    /// Locates the resources of the running binary; `nil` when none can be found.
    public static func forRunningBinary(environment: [String: String]) -> ResourceLocator? {
        if let explicit = environment["STAYFORM_RESOURCES"], !explicit.isEmpty {
            return ResourceLocator(root: URL(fileURLWithPath: explicit, isDirectory: true))
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        let installed = directory.deletingLastPathComponent()
            .appendingPathComponent("share/stayform", isDirectory: true)
        if holdsResources(installed) { return ResourceLocator(root: installed) }
        while directory.path != "/" {
            if holdsResources(directory) { return ResourceLocator(root: directory) }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    private static func holdsResources(_ directory: URL) -> Bool {
        let fileSystem = POSIXFileSystem()
        return ["Forms", "Themes"].allSatisfy { name in
            (try? fileSystem.status(at: FilePath(directory.appendingPathComponent(name).path)))?.type == .directory
        }
    }
}
