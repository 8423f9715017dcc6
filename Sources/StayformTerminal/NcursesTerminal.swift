import CNcursesw
import Glibc
import StayformCore
import StayformWizard

/// The real terminal, through ncursesw: raw keys, a short Esc delay, colours from a theme, and
/// drawing that writes only the cells that changed.
public final class NcursesTerminal: Terminal {
    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var styles: NcursesStyles
    private var shown: Screen?
    /// Keys read ahead with a burst of input, given out before anything new is read.
    private var pendingKeys: [Key] = []
    private var restored = false
    private let colourAllowed: Bool

    /// Why the terminal could not be opened.
    public struct OpenError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Takes over the terminal. Call `TerminalRequirements.check` first.
    public init(theme: Theme, colourAllowed: Bool, words: Words = Language.english.words) throws(OpenError) {
        guard let screenPointer = cnw_newterm() else {
            throw OpenError(description: words["wizard.terminal.newterm-failed"])
        }
        self.screenPointer = screenPointer
        set_term(screenPointer)
        guard let window = cnw_stdscr() else {
            endwin()
            throw OpenError(description: words["wizard.terminal.no-screen"])
        }
        self.window = window
        cnw_install_crash_handlers()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        // A frame is always drawn whole: the loop draws after each key anyway, and ncurses'
        // look for waiting input before each frame (two polls of the keyboard) would cost
        // every key two system calls.
        typeahead(-1)
        cnw_enable_bracketed_paste()
        self.colourAllowed = colourAllowed
        styles = NcursesStyles(theme: theme, colourAllowed: colourAllowed)
    }

    deinit {
        restore()
        delscreen(screenPointer)
    }

    public var size: TerminalSize {
        TerminalSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    /// Changes how roles look, redrawing everything with the new theme.
    public func apply(_ theme: Theme) {
        styles = NcursesStyles(theme: theme, colourAllowed: colourAllowed)
        shown = nil
    }

    /// What ncurses holds already (a resize, bytes it read ahead) comes first; then one wait
    /// on both the keyboard and the wake descriptor, so no time is spent polling.
    public func readInput(timeout: Duration?, wakingOn wakeDescriptor: Int32) -> TerminalInput {
        if !pendingKeys.isEmpty { return .key(pendingKeys.removeFirst()) }
        // Nothing held is the usual case: whether the terminal is gone is asked only once the
        // wait says there is something to read.
        let ready = readKey(askingIfGone: false)
        if ready != .timedOut { return ready }
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        let milliseconds = timeout.map { timeout in
            // Rounded up, so a timer is never woken for just before it is due.
            Int32(clamping: timeout.components.seconds * 1000
                + (timeout.components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
        } ?? -1
        guard poll(&descriptors, 2, milliseconds) > 0, descriptors[0].revents != 0 else { return .timedOut }
        return readKey(askingIfGone: true)
    }

    /// A key ncurses has or can read without waiting (beyond an escape sequence's delay); when
    /// there is none and `askingIfGone`, `.hungUp` if the terminal is gone.
    private func readKey(askingIfGone: Bool) -> TerminalInput {
        wtimeout(window, 0)
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        switch result {
        case KEY_CODE_YES:
            if Int32(character) == KEY_RESIZE { return .resized(size) }
            if Int32(character) == cnw_key_paste_start() { return .key(.paste(readPastedText())) }
            return NcursesKeyMap.key(code: Int32(character)).map(TerminalInput.key) ?? .timedOut
        case OK:
            if character == 0x1B { return readEscapeSequence().map(TerminalInput.key) ?? .timedOut }
            guard let scalar = Unicode.Scalar(UInt32(character)), InputBurst.mayContinue(scalar) else {
                return NcursesKeyMap.key(character: UInt32(character)).map(TerminalInput.key) ?? .timedOut
            }
            pendingKeys = InputBurst.keys(readBurst(startingWith: scalar))
            return pendingKeys.isEmpty ? .timedOut : .key(pendingKeys.removeFirst())
        default:
            return askingIfGone && StandardInput.isGone() ? .hungUp : .timedOut
        }
    }

    /// `first` and the characters already waiting after it, up to the paste limit; a key that
    /// cannot be part of a burst is left to be read next.
    private func readBurst(startingWith first: Unicode.Scalar) -> [Unicode.Scalar] {
        var scalars = [first]
        wtimeout(window, 0)
        while scalars.count < NcursesTerminal.pasteLimit {
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == KEY_CODE_YES {
                ungetch(Int32(character))
                break
            }
            guard result == OK else { break }
            guard let scalar = Unicode.Scalar(UInt32(character)), InputBurst.mayContinue(scalar) else {
                unget_wch(wchar_t(character))
                break
            }
            scalars.append(scalar)
        }
        return scalars
    }

    /// How long the rest of a key sequence may take to arrive after its Esc (a slow link can
    /// split it); a lone Esc has already waited ncurses' Esc delay.
    static let sequenceGap: Int32 = 15

    /// Reads what follows an Esc that ncurses did not decode, as one key or nothing: a key
    /// sequence is never typed into an answer (`EscapeSequence`).
    private func readEscapeSequence() -> Key? {
        var scalars: [Unicode.Scalar] = []
        wtimeout(window, NcursesTerminal.sequenceGap)
        while true {
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            guard result == OK, let scalar = Unicode.Scalar(UInt32(character)) else {
                // No more input, or a key ncurses decoded (Esc, then F10 at once): this sequence
                // ends here, and that key is read next.
                if result == KEY_CODE_YES { ungetch(Int32(character)) }
                if case .complete(let key) = EscapeSequence.read(scalars, inputEnded: true) { return key }
                return nil
            }
            scalars.append(scalar)
            switch EscapeSequence.read(scalars, inputEnded: false) {
            case .incomplete:
                continue
            case .complete(let key):
                return key
            case .completeBeforeLast(let key):
                unget_wch(wchar_t(bitPattern: scalar.value))  // the next sequence's Esc
                return key
            }
        }
    }

    /// The most text one paste delivers; the rest is dropped (no field takes more).
    static let pasteLimit = 64 * 1024

    /// Reads characters until the end-of-paste marker, keeping at most `pasteLimit`.
    private func readPastedText() -> String {
        var text = ""
        var count = 0
        wtimeout(window, 200)
        while true {
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == KEY_CODE_YES, Int32(character) == cnw_key_paste_end() { break }
            guard result == OK else {
                if result == KEY_CODE_YES { continue }
                break  // the end marker never came: keep what arrived
            }
            guard count < NcursesTerminal.pasteLimit, let scalar = Unicode.Scalar(UInt32(character)) else { continue }
            text.unicodeScalars.append(scalar)
            count += 1
        }
        return text
    }

    public func draw(_ screen: Screen) {
        var wide: [wchar_t] = Array(repeating: 0, count: 6)
        // Runs of cells share a style: it is looked up again only when it changes.
        var role: StyleRole?
        var style = styles.attributes(for: .normal)
        for position in screen.positionsChanged(since: shown) {
            let cell = screen[position.row, position.column]
            var count = 0
            for scalar in cell.character.unicodeScalars where count < 5 {
                wide[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            wide[count] = 0
            if cell.style != role {
                role = cell.style
                style = styles.attributes(for: cell.style)
            }
            _ = cnw_put_cell(window, Int32(position.row), Int32(position.column), wide, style.attributes, style.pair)
        }
        if let cursor = screen.cursor {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        shown = screen
        wnoutrefresh(window)
        doupdate()
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        cnw_disable_bracketed_paste()
        endwin()
    }
}

/// Whether standard input has reached its end or failed: the terminal was closed under us.
enum StandardInput {
    static func isGone() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        if descriptor.revents & Int16(POLLIN) != 0 {
            // Readable yet ncurses read nothing: end of file.
            var available: Int32 = 0
            return ioctl(STDIN_FILENO, UInt(FIONREAD), &available) == 0 && available == 0
        }
        return false
    }
}
