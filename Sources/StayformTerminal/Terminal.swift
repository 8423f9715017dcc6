import StayformCore
import StayformWizard

/// A full-screen terminal the wizard can read keys from and draw screens on.
///
/// `NcursesTerminal` is the real one; `InMemoryTerminal` plays scripted input and records
/// what was drawn, for tests.
public protocol Terminal: AnyObject {
    /// The current size.
    var size: TerminalSize { get }
    /// Waits up to `timeout` (for ever when `nil`) for input, returning early with `.timedOut`
    /// when `wakeDescriptor` becomes readable (an event waits in the inbox).
    func readInput(timeout: Duration?, wakingOn wakeDescriptor: Int32) -> TerminalInput
    /// Shows `screen`, sending only what differs from the screen shown before.
    func draw(_ screen: Screen)
    /// Shows every role as `theme` says from now on.
    func apply(_ theme: Theme)
    /// Restores the terminal to the state it was in before. Safe to call twice.
    func restore()
}

/// What reading from a terminal produced.
public enum TerminalInput: Hashable, Sendable {
    case key(Key)
    /// The terminal was resized to this size.
    case resized(TerminalSize)
    /// Nothing arrived within the timeout, or the loop was woken.
    case timedOut
    /// The terminal is gone (end of file, I/O error, hang-up): nothing more will arrive.
    case hungUp
}
