import StayformCore
import SystemPackage

/// A draft could not be saved durably: the draft on disk is the previous one, whole (or, when
/// only the final folder flush failed, possibly the new one, but not yet safe from a power cut).
///
/// The message says which step failed and what to do, and never quotes the draft's content.
public struct DraftSaveError: WordedError, Hashable, Sendable {
    /// The step of a durable save that failed.
    public enum Step: Hashable, Sendable {
        case createDirectory
        case checkExisting
        case createTemporary
        case write
        case synchronize
        case backup
        case replace
        case synchronizeDirectory

        /// The step as a message in the language of `words` names it: "flushing to disk".
        public func name(in words: Words) -> String {
            switch self {
            case .createDirectory: words["save.step.create-directory"]
            case .checkExisting: words["save.step.check-existing"]
            case .createTemporary: words["save.step.create-temporary"]
            case .write: words["save.step.write"]
            case .synchronize: words["save.step.synchronize"]
            case .backup: words["save.step.backup"]
            case .replace: words["save.step.replace"]
            case .synchronizeDirectory: words["save.step.synchronize-directory"]
            }
        }
    }

    /// The draft file.
    public var path: String
    public var step: Step
    /// The system error, when a system call failed.
    public var errno: Errno?
    /// What is wrong and what to do, without the path, in any language.
    public var problem: Phrase

    public init(path: String, step: Step, errno: Errno?, problem: Phrase? = nil) {
        self.path = path
        self.step = step
        self.errno = errno
        self.problem = problem ?? Self.advice(step: step, errno: errno)
    }

    /// What is wrong and what to do, in English, without the path.
    public var message: String { message(in: Language.english.words) }

    /// What is wrong and what to do, in the language of `words`, without the path.
    public func message(in words: Words) -> String { words[problem] }

    public func description(in words: Words) -> String {
        "\(path): " + words("save.not-saved", ["problem": message(in: words)])
    }

    private static func advice(step: Step, errno: Errno?) -> Phrase {
        Phrase { words in
            let what: String
            switch errno {
            case .noSpace?: what = words["save.disk-full"]
            case .diskQuotaExceeded?: what = words["save.quota"]
            case .permissionDenied?, .notPermitted?: what = words["save.permission-denied"]
            case .readOnlyFileSystem?: what = words["save.read-only"]
            case .ioError?: what = words["save.io-error"]
            case let other?: what = words.systemError(other)
            case nil: what = words["save.unexpected"]
            }
            return words("save.step-failed", ["step": step.name(in: words), "problem": what])
        }
    }
}
