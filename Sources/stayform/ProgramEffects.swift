import Foundation
import StayformPersistence
import StayformTerminal
import StayformWizard
import SystemPackage

/// Performs the wizard's effects that reach outside it: snapshot files and themes.
final class ProgramEffects: EffectPerformer {
    private let snapshots: SnapshotWriter
    private let terminal: NcursesTerminal
    private let themes: ThemeCatalog
    private var themeName: String
    private let colourAllowed: Bool
    private let attachments = AttachmentReader()
    private let environment = ProcessInfo.processInfo.environment

    init(paths: StayformPaths, terminal: NcursesTerminal, themes: ThemeCatalog, themeName: String, colourAllowed: Bool) {
        snapshots = SnapshotWriter(directory: FilePath(paths.snapshotsDirectory.path))
        self.terminal = terminal
        self.themes = themes
        self.themeName = themeName
        self.colourAllowed = colourAllowed
    }

    func perform(_ effect: WizardEffect) -> [WizardEvent] {
        switch effect {
        case .writeSnapshot(let text):
            do {
                return [.snapshotWritten(path: try snapshots.write(text, at: Date()).string)]
            } catch {
                return [.snapshotFailed(reason: error.description)]
            }
        case .switchTheme:
            guard let next = themes.name(after: themeName) else {
                return [.themeSwitched(name: themeName, problem: "No other theme is installed.")]
            }
            let (theme, problem) = themes.load(name: next)
            themeName = theme.name
            terminal.apply(theme: theme, colourAllowed: colourAllowed)
            let shown = colourAllowed ? theme.name : "\(theme.name) (NO_COLOR is set: attributes only)"
            return [.themeSwitched(name: shown, problem: problem)]
        case .inspectAttachment(let fieldID, let typed):
            let path = AttachedFile.absolutePath(typed, environment: environment)
            return [.attachmentInspected(fieldID: fieldID, path: path, facts: attachments.read(FilePath(path)))]
        case .suggestPath(let fieldID, let typed):
            return [.pathSuggested(fieldID: fieldID, typed: typed, rest: AttachedFile.completion(of: typed, environment: environment))]
        case .persist, .quit:
            return []
        }
    }
}
