/// What a piece of the screen is, so that a theme can decide how it looks. The view names
/// roles; only themes name colours.
public enum StyleRole: String, Hashable, Sendable, CaseIterable, Codable {
    case normal
    case title
    case sidebar
    case sidebarCurrent = "sidebar-current"
    case label
    case fieldCode = "field-code"
    case input
    case inputFocused = "input-focused"
    case help
    case statusBar = "status-bar"
    case keyHelp = "key-help"
    case note
    case warning
    case blocking
    case success
}
