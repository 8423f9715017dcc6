import FoundationEssentials
import StayformCore
import StayformPersistence
import StayformTerminal
import StayformWizard
import Synchronization
import SystemPackage

/// Performs the wizard's effects that reach outside it: snapshot files, themes (and remembering
/// the one chosen), attached files and folder listings. The run loop calls it on its effects queue, never on the loop itself,
/// so hashing a large attachment delays no key.
final class ProgramEffects: EffectPerformer {
    private let snapshots: SnapshotWriter
    private let themeFolders: ThemeFolders
    /// Every theme, read on the first F9.
    private let themes = Mutex<ThemeCatalog?>(nil)
    private let themeName: Mutex<String>
    private let settings: UserSettingsFile
    private let colourAllowed: Bool
    private let environment = ProcessInfo.processInfo.environment
    /// The folder the draft's relative attachment paths start from.
    private let draftDirectory: FilePath?

    init(
        paths: StayformPaths, themes: ThemeFolders, themeName: String, settings: UserSettingsFile, colourAllowed: Bool,
        draftDirectory: FilePath?
    ) {
        self.draftDirectory = draftDirectory
        snapshots = SnapshotWriter(directory: FilePath(paths.snapshotsDirectory.path))
        themeFolders = themes
        self.themeName = Mutex(themeName)
        self.settings = settings
        self.colourAllowed = colourAllowed
    }

    func perform(_ effect: WizardEffect) -> [WizardEvent] {
        switch effect {
        case .writeSnapshot(let snapshot):
            do {
                let text = snapshot.text(version: StayformVersion.current, theme: themeName.withLock { $0 })
                return [.snapshotWritten(path: try snapshots.write(text, at: Date()).string)]
            } catch {
                return [.snapshotFailed(reason: CommandFailure.message(of: error, in: snapshot.language.words))]
            }
        case .switchTheme(let language):
            let words = language.words
            let current = themeName.withLock { $0 }
            let themes = self.themes.withLock { cached in
                let catalog = cached ?? themeFolders.scan()
                cached = catalog
                return catalog
            }
            guard let next = themes.name(after: current) else {
                return [.themeSwitched(nil, name: current, problem: words["cli.theme.no-other"])]
            }
            let (theme, problem) = themes.load(name: next, in: words)
            themeName.withLock { $0 = theme.name }
            let shown = colourAllowed ? theme.name : words("cli.theme.no-colour", ["name": theme.name])
            guard problem == nil else { return [.themeSwitched(theme, name: shown, problem: problem)] }
            // The choice is kept for the next start; failing to keep it changes nothing now.
            do {
                try settings.save(UserSettings(theme: theme.name))
                return [.themeSwitched(theme, name: shown, problem: nil)]
            } catch {
                return [.themeSwitched(
                    theme, name: shown, problem: words("cli.theme.not-remembered", ["name": shown, "reason": CommandFailure.message(of: error, in: words)]))]
            }
        case .inspectAttachment(let fieldID, let typed, let language):
            let path = AttachedFile.absolutePath(typed, environment: environment)
            let facts = AttachmentReader(words: language.words).read(FilePath(path))
            return [.attachmentInspected(fieldID: fieldID, path: path, facts: facts)]
        case .readAttachments(let paths, let language):
            let reader = AttachmentReader(words: language.words)
            return [.attachmentsRead(Dictionary(
                paths.map { ($0, reader.read(recorded: $0, relativeTo: draftDirectory)) }, uniquingKeysWith: { first, _ in first }))]
        case .suggestPath(let fieldID, let typed):
            return [.pathSuggested(fieldID: fieldID, typed: typed, rest: AttachedFile.completion(of: typed, environment: environment))]
        case .persist, .quit:
            return []
        }
    }
}
