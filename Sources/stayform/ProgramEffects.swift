import Foundation
import StayformPersistence
import StayformTerminal
import StayformWizard
import SystemPackage

/// Performs the wizard's effects that reach outside it: snapshot files and themes.
final class ProgramEffects: EffectPerformer {
    private let snapshots: SnapshotWriter

    init(paths: StayformPaths) {
        snapshots = SnapshotWriter(directory: FilePath(paths.snapshotsDirectory.path))
    }

    func perform(_ effect: WizardEffect) -> [WizardEvent] {
        switch effect {
        case .writeSnapshot(let text):
            do {
                return [.snapshotWritten(path: try snapshots.write(text, at: Date()).string)]
            } catch {
                return [.snapshotFailed(reason: error.description)]
            }
        case .switchTheme, .persist, .quit:
            return []
        }
    }
}
