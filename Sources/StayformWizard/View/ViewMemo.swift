import StayformCore
import Synchronization

/// What the view worked out from inputs that have not changed since, so that a key costs the
/// view what it touched rather than the whole page (as Elm's `Html.Lazy` does): a field's shown
/// value, its wrapped help, the sidebar's titles. Each result is kept beside the inputs it was
/// worked out from and given again only for equal inputs, so a view drawn with the memo is the
/// view drawn without it. Copies of a state share one memo, guarded by a mutex.
///
///     let memo = ViewMemo()
///     memo.remembered(\.displayRows, name: "passport-number", inputs: inputs) {
///         field.displayRows(of: value, in: pack, language: "en", mask: .none)
///     }   // worked out once; the same inputs again give the kept rows
final class ViewMemo: Sendable {
    /// The results kept, one table per kind.
    struct Tables: Sendable {
        /// An unfocused field's value rows, by field id.
        var displayRows = MemoTable<DisplayRowsInputs, [String]>(capacity: ViewMemo.capacity)
        /// The focused field's hint and help lines, by field id.
        var fieldHelp = MemoTable<FieldHelpInputs, FieldHelpLines>(capacity: ViewMemo.capacity)
        /// The sections' titles as the sidebar shows them (one entry).
        var sidebarTitles = MemoTable<SidebarInputs, [String]>(capacity: 1)
        /// The sidebar as drawn, when nothing is hidden (one entry).
        var sidebar = MemoTable<SidebarRows, Screen>(capacity: 1)
        /// The widest section title, by language (one entry).
        var longestTitle = MemoTable<String, Int>(capacity: 1)
        /// The title bar as drawn when nothing is hidden (one entry).
        var titleBar = MemoTable<TitleBarInputs, Screen>(capacity: 1)
        /// The status bar as drawn when it shows no message and nothing is hidden (one entry).
        var statusBar = MemoTable<StatusBarInputs, Screen>(capacity: 1)
        /// The key help line as drawn, the longest variant that fits (one entry).
        var keyHelp = MemoTable<KeyHelpInputs, Screen>(capacity: 1)
    }

    /// The most names a table keeps: more than any pack's fields, so that a long session
    /// stays within a fixed size.
    static let capacity = 4096

    private let tables = Mutex(Tables())

    /// The result kept in `table` under `name` for `inputs`, or `work()`'s, then kept in its
    /// place (the name's earlier result is replaced).
    func remembered<Inputs: Hashable & Sendable, Output: Sendable>(
        _ table: WritableKeyPath<Tables, MemoTable<Inputs, Output>> & Sendable, name: String, inputs: Inputs,
        _ work: () -> Output
    ) -> Output {
        if let kept = tables.withLock({ $0[keyPath: table].output(for: name, inputs: inputs) }) { return kept }
        let output = work()
        tables.withLock { $0[keyPath: table].keep(output, for: name, inputs: inputs) }
        return output
    }

    /// How many results `table` keeps now.
    func count<Inputs: Hashable & Sendable, Output: Sendable>(
        of table: KeyPath<Tables, MemoTable<Inputs, Output>> & Sendable
    ) -> Int {
        tables.withLock { $0[keyPath: table].count }
    }
}

/// What an unfocused field's shown value depends on besides the pack.
struct DisplayRowsInputs: Hashable, Sendable {
    var value: String
    var language: String
    var isHidden: Bool
}

/// What the focused field's hint and help lines depend on.
struct FieldHelpInputs: Hashable, Sendable {
    var hint: String
    var help: String
    var width: Int
}

/// The focused field's hint, cut to the width, and the first line of its help (`… F1` when
/// more follows); `nil` when it has no help.
struct FieldHelpLines: Hashable, Sendable {
    var hint: String
    var help: String?
}

/// What the sidebar's titles depend on besides the pack.
struct SidebarInputs: Hashable, Sendable {
    var language: String
    var width: Int
}

/// Everything the sidebar shows: each section's title and mark, which one is current, and
/// the sidebar's size.
struct SidebarRows: Hashable, Sendable {
    var titles: [String]
    var marks: [SidebarMark]
    /// The section marked current (on the form's pages only).
    var current: Int?
    var width: Int
    var height: Int
}

/// A section's mark in the sidebar and whether the section applies.
struct SidebarMark: Hashable, Sendable {
    var symbol: String
    var style: StyleRole
    var isShown: Bool

    init(_ progress: SectionProgress, worst: FindingSeverity?) {
        (symbol, style) = Wizard.sectionMark(progress, worst: worst)
        isShown = progress.isShown
    }
}

/// What the title bar depends on besides the pack: the section it names when no sidebar
/// does, and the width.
struct TitleBarInputs: Hashable, Sendable {
    var language: String
    var section: Int?
    var columns: Int
}

/// What the status bar says when it shows no message: all that `Wizard.statusBarRuns` reads.
struct StatusBarInputs: Hashable, Sendable {
    var saveStatus: SaveStatus
    var isReadOnly: Bool
    var followedName: String?
    var followedUpdate: String?
    var language: String
    var sectionCode: String
    var sectionCount: Int
    var percentComplete: Int
    var blocking: Int
    var warnings: Int
    var daysUntilPermitExpires: Int?
    var isMasked: Bool
    var columns: Int
}

extension WizardState {
    /// What the status bar says for this state at `columns` (a method, so that the state is
    /// read in place rather than copied into an initializer).
    func statusBarInputs(columns: Int) -> StatusBarInputs {
        StatusBarInputs(
            saveStatus: saveStatus, isReadOnly: isReadOnly, followedName: followedName, followedUpdate: followedUpdate,
            language: language, sectionCode: currentSection.code, sectionCount: pack.sections.count,
            percentComplete: progress.percentComplete, blocking: summary.blocking, warnings: summary.warnings,
            daysUntilPermitExpires: daysUntilPermitExpires, isMasked: isMasked, columns: columns)
    }
}

/// What the key help line depends on: the page's variants, longest first, and the width.
struct KeyHelpInputs: Hashable, Sendable {
    var variants: [String]
    var columns: Int
}

/// Text drawn from `column` of a row in `style`.
struct TextRun: Hashable, Sendable {
    var text: String
    var column: Int
    var style: StyleRole
}

/// Results kept one per name (a field's id): a name's result is replaced when its inputs
/// change, so a field's old values never pile up, and the table is emptied before it would hold
/// more than `capacity` names.
///
///     var table = MemoTable<Int, String>(capacity: 2)
///     table.keep("4", for: "a", inputs: 2)
///     table.output(for: "a", inputs: 2)   // "4"
///     table.output(for: "a", inputs: 3)   // nil: other inputs
struct MemoTable<Inputs: Hashable & Sendable, Output: Sendable>: Sendable {
    private var entries: [String: (inputs: Inputs, output: Output)] = [:]
    /// The most names kept.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// How many names have a result.
    var count: Int { entries.count }

    /// The result kept for `name` when it was worked out from `inputs`.
    func output(for name: String, inputs: Inputs) -> Output? {
        guard let entry = entries[name], entry.inputs == inputs else { return nil }
        return entry.output
    }

    /// Keeps `output`, worked out from `inputs`, as `name`'s result.
    mutating func keep(_ output: Output, for name: String, inputs: Inputs) {
        if entries[name] == nil, entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[name] = (inputs, output)
    }
}
