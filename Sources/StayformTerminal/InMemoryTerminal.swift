import StayformCore
import StayformWizard

/// A terminal in memory: it replays scripted input and keeps every screen drawn, so that
/// everything a user can do is testable without a real terminal. With a `clock`, a scripted
/// `.timedOut` advances it by the time the loop said it would wait: timers fire without sleeps.
///
///     let terminal = InMemoryTerminal(size: TerminalSize(columns: 80, rows: 24),
///                                     input: [.key(.character("A")), .key(.function(10))])
///     // … run the wizard on it, then:
///     terminal.screens.last?.lines
public final class InMemoryTerminal: Terminal {
    public private(set) var size: TerminalSize
    /// Input still to be delivered, first first. When empty, reads report `hungUp`.
    public var pendingInput: [TerminalInput]
    /// Every screen drawn, in order.
    public private(set) var screens: [Screen] = []
    /// How many cells each draw changed compared with the screen before it.
    public private(set) var changedCellsPerDraw: [Int] = []
    /// Every theme applied, in order.
    public private(set) var themes: [Theme] = []
    /// The clock a scripted `.timedOut` advances.
    public let clock: ManualClock?
    /// Whether `restore` was called.
    public private(set) var isRestored = false

    public init(size: TerminalSize, input: [TerminalInput] = [], clock: ManualClock? = nil) {
        self.size = size
        self.pendingInput = input
        self.clock = clock
    }

    public func readInput(timeout: Duration?, wakingOn wakeDescriptor: Int32) -> TerminalInput {
        guard !pendingInput.isEmpty else { return .hungUp }
        let input = pendingInput.removeFirst()
        switch input {
        case .resized(let newSize): size = newSize
        case .timedOut: if let timeout { clock?.advance(by: timeout) }
        default: break
        }
        return input
    }

    public func draw(_ screen: Screen) {
        changedCellsPerDraw.append(screen.positionsChanged(since: screens.last).count)
        screens.append(screen)
    }

    public func apply(_ theme: Theme) {
        themes.append(theme)
    }

    public func restore() {
        isRestored = true
    }
}
