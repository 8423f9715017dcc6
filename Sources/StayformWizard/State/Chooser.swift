import FoundationEssentials
import StayformCore

/// A list of options to choose from, filtered by what the user types: a label in any of the
/// pack's languages (so the same letters find the same options after F8), or the value.
///
///     var chooser = Chooser(fieldID: "applicant.nationality", options: countries, isMultiple: false)
///     chooser.filter.insert("indo")
///     chooser.matches.first?.value   // "IDN"
public struct Chooser: Hashable, Sendable {
    /// The field the choice is for.
    public let fieldID: String
    public let options: [ChoiceOption]
    /// Whether several options can be ticked (multiple choice) or one is picked.
    public let isMultiple: Bool
    /// Typed text that narrows the list.
    public var filter: LineEditor
    /// The highlighted row of `matches`.
    public var highlighted: Int
    /// Ticked options' values (multiple choice).
    public var ticked: Set<String>
    /// The options that match the filter, in the pack's order.
    public private(set) var matches: [ChoiceOption]
    public init(
        fieldID: String, options: [ChoiceOption], isMultiple: Bool, current: String = ""
    ) {
        self.fieldID = fieldID
        self.options = options
        self.isMultiple = isMultiple
        self.filter = LineEditor(maxLength: 60)
        self.ticked = isMultiple ? Set(current.split(separator: ",").map(String.init)) : []
        self.matches = options
        self.highlighted = isMultiple ? 0 : max(0, options.firstIndex { $0.value == current } ?? 0)
    }

    /// Changes the filter and recomputes the matches.
    public mutating func setFilter(_ editor: LineEditor) {
        filter = editor
        let needle = editor.text.searchFolded
        matches = needle.isEmpty ? options : options.filter { option in
            option.label.translations.values.contains { $0.searchFolded.contains(needle) }
                || option.value.searchFolded.hasPrefix(needle)
        }
        highlighted = min(highlighted, max(0, matches.count - 1))
        if !needle.isEmpty { highlighted = 0 }
    }

    /// Moves the highlight by `step` rows, staying inside the list.
    public mutating func move(by step: Int) {
        guard !matches.isEmpty else { return }
        highlighted = min(max(0, highlighted + step), matches.count - 1)
    }

    /// Ticks or unticks the highlighted option (multiple choice).
    public mutating func toggleHighlighted() {
        guard highlighted < matches.count else { return }
        let value = matches[highlighted].value
        if ticked.contains(value) { ticked.remove(value) } else { ticked.insert(value) }
    }

    /// The value to store: the highlighted option, or the ticked ones in the pack's order.
    public var chosenValue: String? {
        if isMultiple {
            return options.filter { ticked.contains($0.value) }.map(\.value).joined(separator: ",")
        }
        return highlighted < matches.count ? matches[highlighted].value : nil
    }

}
