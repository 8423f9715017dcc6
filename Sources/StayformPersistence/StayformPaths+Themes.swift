import FoundationEssentials

extension StayformPaths {
    /// The user's own themes: `$XDG_CONFIG_HOME/stayform/themes` (`~/.config/stayform/themes`).
    public var userThemesDirectory: URL {
        configDirectory.appendingPathComponent("themes", isDirectory: true)
    }
}
