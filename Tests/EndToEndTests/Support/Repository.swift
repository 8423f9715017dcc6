import Foundation

/// The source tree the tests run from: its examples, and the built binary run with the tree's
/// form packs and themes.
enum Repository {
    /// The repository's root, which holds `Forms/`, `Themes/` and `docs/examples/`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examples = root.appendingPathComponent("docs/examples", isDirectory: true)

    /// The path of the example draft `name`.
    static func example(_ name: String) -> String { examples.appendingPathComponent(name).path }

    /// A copy of the example draft `name` and its `files/` in a fresh folder, so that a test
    /// may change it.
    static func copyOfExample(_ name: String) throws -> (folder: URL, draft: URL) {
        let folder = try Scratch.makeDirectory()
        let draft = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: draft)
        try FileManager.default.copyItem(
            at: examples.appendingPathComponent("files", isDirectory: true),
            to: folder.appendingPathComponent("files", isDirectory: true))
        return (folder, draft)
    }

    /// Runs `stayform arguments` with this tree's packs and themes, in English unless `extra`
    /// sets the locale variables; a failing status is returned, not thrown.
    static func stayform(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Shell.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["STAYFORM_RESOURCES"] = root.path
        for variable in ["LC_ALL", "LC_MESSAGES"] { environment[variable] = nil }
        environment["LANG"] = "C.UTF-8"
        environment.merge(extra) { $1 }
        return try Shell.run(StayformBinary.path, arguments, environment: environment, allowFailure: true)
    }
}
