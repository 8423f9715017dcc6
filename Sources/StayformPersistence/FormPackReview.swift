import StayformCore

/// What `FormPackLoader.review` found in a pack: the pack or its problems, and every text
/// that lacks one of the pack's `languages`.
///
/// A missing translation does not make a pack invalid (English is the fallback), but
/// `stayform forms validate` lists each one with its line and column.
public struct FormPackReview: Sendable {
    /// The pack, or every problem that makes it unusable.
    public var result: Result<FormPack, FormPackErrors>
    /// Each text lacking a language, in file order, saying which languages it lacks.
    public var untranslated: [LoadError]

    public init(result: Result<FormPack, FormPackErrors>, untranslated: [LoadError] = []) {
        self.result = result
        self.untranslated = untranslated
    }
}
